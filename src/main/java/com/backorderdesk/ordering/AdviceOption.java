package com.backorderdesk.ordering;

import com.backorderdesk.planning.Strategy;
import com.backorderdesk.planning.Advisor;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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

    AdviceOption(Advisor.Option option) {
        this.policy = join(option.policy());
        this.shipNowQuantity = option.shipNowQuantity();
        this.shipNowValue = option.shipNowValue();
        this.shipments = option.shipments();
        this.completeBy = option.completeBy();
        this.extraCost = option.extraCost();
        this.purchaseOrders = option.purchaseOrders();
        this.belowMinimum = join(option.belowMinimum());
    }

    /** The option as the advisor gave it (its score, only for ranking, is not kept). */
    Advisor.Option option() {
        return new Advisor.Option(split(policy), shipNowQuantity, shipNowValue, shipments, completeBy, extraCost, purchaseOrders,
                split(belowMinimum), null);
    }

    /** Names as they are kept: joined by ", ". */
    static String join(List<String> names) {
        return String.join(", ", names);
    }

    static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(", "));
    }
}
