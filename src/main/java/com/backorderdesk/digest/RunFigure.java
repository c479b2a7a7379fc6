package com.backorderdesk.digest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One status's figures in a digest sent: how many orders, how much owed. */
@Embeddable
public class RunFigure {

    private String status;
    private long orders;
    @Column(name = "owed")
    private BigDecimal value;

    protected RunFigure() {
    }

    RunFigure(String status, long orders, BigDecimal value) {
        this.status = status;
        this.orders = orders;
        this.value = value;
    }

    public String getStatus() {
        return status;
    }

    public long getOrders() {
        return orders;
    }

    public BigDecimal getValue() {
        return value;
    }
}
