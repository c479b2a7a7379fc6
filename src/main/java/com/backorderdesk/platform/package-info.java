/**
 * Plumbing every capability shares: configuration from the environment, the clock, schema
 * migrations at start-up, and the exceptions that carry a clear message to page and API alike.
 */
package com.backorderdesk.platform;
