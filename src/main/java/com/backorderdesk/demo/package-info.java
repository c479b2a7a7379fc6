/**
 * First start on an empty database: the three users of docs/API.md and, unless switched off with
 * {@code BACKORDER_DEMO_DATA=false}, a believable demo catalogue with stock.
 */
package com.backorderdesk.demo;
