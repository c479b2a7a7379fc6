package com.backorderdesk.ordering;

import com.backorderdesk.catalog.TransferLanes;
import com.backorderdesk.planning.Advisor;
import com.backorderdesk.platform.AdminSettings;
import com.backorderdesk.platform.Validation;
import com.backorderdesk.security.Audit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.Map;

/** The advisor's costs and days, set by an admin (defaults: {@link Advisor.Costs#DEFAULT}), with the transfer lanes. */
@Stateless
public class AdvisorSettings {

    private static final String PREFIX = "advisor.";

    /** The form and the stored values; money in the application's currency, per unit or per shipment. */
    public record CostsData(@NotNull @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2) BigDecimal transferPerUnit,
                            @NotNull @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2) BigDecimal dropShipPerUnit,
                            @NotNull @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2) BigDecimal freightPerShipment,
                            @NotNull @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2) BigDecimal remoteShipment,
                            @NotNull @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2) BigDecimal costPerDay,
                            @NotNull @Min(0) @Max(365) Integer transferDays,
                            @NotNull @Min(0) @Max(365) Integer handlingDays) {

        static CostsData of(Advisor.Costs c) {
            return new CostsData(c.transferPerUnit(), c.dropShipPerUnit(), c.freightPerShipment(), c.remoteShipment(), c.costPerDay(),
                    c.transferDays(), c.handlingDays());
        }
    }

    @Inject
    AdminSettings settings;
    @Inject
    TransferLanes lanes;
    @Inject
    Validation validation;
    @Inject
    Audit audit;

    /** The costs the advisor uses now, lanes included. */
    public Advisor.Costs costs() {
        Map<String, String> stored = settings.startingWith(PREFIX);
        Advisor.Costs d = Advisor.Costs.DEFAULT;
        return new Advisor.Costs(money(stored, "transferPerUnit", d.transferPerUnit()), money(stored, "dropShipPerUnit", d.dropShipPerUnit()),
                money(stored, "freightPerShipment", d.freightPerShipment()), money(stored, "remoteShipment", d.remoteShipment()),
                money(stored, "costPerDay", d.costPerDay()), days(stored, "transferDays", d.transferDays()),
                days(stored, "handlingDays", d.handlingDays()), lanes.days());
    }

    public CostsData current() {
        return CostsData.of(costs());
    }

    public CostsData change(CostsData data) {
        validation.check(data);
        settings.put(PREFIX + "transferPerUnit", data.transferPerUnit().toPlainString());
        settings.put(PREFIX + "dropShipPerUnit", data.dropShipPerUnit().toPlainString());
        settings.put(PREFIX + "freightPerShipment", data.freightPerShipment().toPlainString());
        settings.put(PREFIX + "remoteShipment", data.remoteShipment().toPlainString());
        settings.put(PREFIX + "costPerDay", data.costPerDay().toPlainString());
        settings.put(PREFIX + "transferDays", data.transferDays().toString());
        settings.put(PREFIX + "handlingDays", data.handlingDays().toString());
        audit.record("advisor.settings-changed", "system", data.toString());
        return data;
    }

    private static BigDecimal money(Map<String, String> stored, String name, BigDecimal fallback) {
        String value = stored.get(PREFIX + name);
        return value == null ? fallback : new BigDecimal(value).setScale(2);
    }

    private static int days(Map<String, String> stored, String name, int fallback) {
        String value = stored.get(PREFIX + name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
