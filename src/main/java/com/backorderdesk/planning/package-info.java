/**
 * The rules of the six backorder strategies, in plain Java (it imports nothing but
 * {@code java.*}; {@code ArchitectureTest} keeps it so): a
 * {@link com.backorderdesk.planning.BackorderPolicy} is an ordered list of
 * {@link com.backorderdesk.planning.Strategy strategies}; the
 * {@link com.backorderdesk.planning.Planner} turns an order, a snapshot of stock
 * ({@link com.backorderdesk.planning.PlanInput}) and a policy into a
 * {@link com.backorderdesk.planning.Plan}; the {@link com.backorderdesk.planning.Advisor}
 * runs it for every candidate policy and measures each; and
 * {@link com.backorderdesk.planning.OrderStatus} says what an order's quantities add up to.
 * Start here to learn what each strategy does.
 */
package com.backorderdesk.planning;
