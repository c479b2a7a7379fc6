/**
 * Sales orders and backorder policies. For now: the {@link com.backorderdesk.ordering.BackorderPolicy}
 * value object that customers and the system default carry.
 */
package com.backorderdesk.ordering;
