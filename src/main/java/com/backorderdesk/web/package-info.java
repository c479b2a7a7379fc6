/**
 * Shared view plumbing: the one Thymeleaf engine, the {@link com.backorderdesk.web.View} that
 * page resources return, form input with per-field errors, flash messages, forms acted on once
 * however often they are sent, and the mapping of every refusal to a JSON error (API) or a page
 * with a clear message.
 */
package com.backorderdesk.web;
