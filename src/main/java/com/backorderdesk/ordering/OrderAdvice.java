package com.backorderdesk.ordering;

import com.backorderdesk.planning.Advisor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The strategy comparison an order was placed from: the policy the clerk chose, the one
 * recommended and why, and every option as shown. Written once with the order, never changed,
 * so "why did we ship it this way?" has an answer later.
 */
@Entity
@NamedQuery(name = OrderAdvice.OF_ORDER, query = "select a from OrderAdvice a where a.order.number = :number")
public class OrderAdvice {

    public static final String OF_ORDER = "OrderAdvice.ofOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private SalesOrder order;
    private String chosen;
    private String recommended;
    private String reason;
    private Instant createdAt;
    private String createdBy;
    @ElementCollection
    @CollectionTable(name = "order_advice_option", joinColumns = @JoinColumn(name = "order_advice_id"))
    @OrderColumn(name = "position")
    private List<AdviceOption> options = new ArrayList<>();

    protected OrderAdvice() {
    }

    public OrderAdvice(SalesOrder order, Advisor.Advice advice, Instant createdAt) {
        this.order = order;
        this.chosen = AdviceOption.join(order.getPolicy().names());
        this.recommended = AdviceOption.join(advice.recommended());
        this.reason = advice.reason();
        this.createdAt = createdAt;
        this.createdBy = order.getCreatedBy();
        advice.options().forEach(option -> options.add(new AdviceOption(option)));
    }

    /** The comparison as the clerk saw it. */
    public Advisor.Advice advice() {
        return new Advisor.Advice(options.stream().map(AdviceOption::option).toList(), AdviceOption.split(recommended), reason);
    }

    public List<String> chosen() {
        return AdviceOption.split(chosen);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
