package com.backorderdesk.catalog;

import com.backorderdesk.platform.Code;
import com.backorderdesk.platform.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Input for creating or changing a warehouse. {@code active}, {@code autoMatch} null: unchanged
 * (or true when new); autoMatch false: arriving stock is not matched with waiting orders by itself.
 */
public record WarehouseData(@Code String code, @Text String name,
                            @NotNull @PositiveOrZero @Max(1_000_000) Integer priority,
                            Boolean active, Boolean autoMatch) {

    public WarehouseData(String code, String name, Integer priority, Boolean active) {
        this(code, name, priority, active, null);
    }
}
