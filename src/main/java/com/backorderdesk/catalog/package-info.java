/**
 * The catalogue: warehouses (and the transfer time of each pair, {@code TransferLanes}),
 * suppliers, products and customers. Each has a code that is its business identity (the API
 * and the pages address it by code), a data record that carries validated input, and a
 * boundary bean ({@code Warehouses}, {@code Suppliers}, ...) that creates, changes and finds it.
 */
package com.backorderdesk.catalog;
