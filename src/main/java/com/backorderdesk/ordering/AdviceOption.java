package com.backorderdesk.ordering;

import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One option of a kept comparison, as the clerk saw it. */
@Embeddable
public class AdviceOption {

    /** Strategy names joined by ", ". */
    private String policy;
    private int shipNowQuantity;
    private BigDecimal shipNowValue;
    private int shipments;
    private LocalDate completeBy;
    private BigDecimal extraCost;
    private int purchaseOrders;
    /** "WAREHOUSE:SKU" pairs joined by ", ". */
    private String belowMinimum;

    protected AdviceOption() {
    }

    AdviceOption(String policy, int shipNowQuantity, BigDecimal shipNowValue, int shipments, LocalDate completeBy, BigDecimal extraCost,
                 int purchaseOrders, String belowMinimum) {
        this.policy = policy;
        this.shipNowQuantity = shipNowQuantity;
        this.shipNowValue = shipNowValue;
        this.shipments = shipments;
        this.completeBy = completeBy;
        this.extraCost = extraCost;
        this.purchaseOrders = purchaseOrders;
        this.belowMinimum = belowMinimum;
    }

    public String getPolicy() {
        return policy;
    }

    public int getShipNowQuantity() {
        return shipNowQuantity;
    }

    public BigDecimal getShipNowValue() {
        return shipNowValue;
    }

    public int getShipments() {
        return shipments;
    }

    public LocalDate getCompleteBy() {
        return completeBy;
    }

    public BigDecimal getExtraCost() {
        return extraCost;
    }

    public int getPurchaseOrders() {
        return purchaseOrders;
    }

    public String getBelowMinimum() {
        return belowMinimum;
    }
}
