package com.backorderdesk.catalog;

import com.backorderdesk.platform.Code;
import com.backorderdesk.platform.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Input for creating or changing a warehouse ({@code active} null: unchanged, or active when new). */
public record WarehouseData(@Code String code, @Text String name,
                            @NotNull @PositiveOrZero @Max(1_000_000) Integer priority,
                            Boolean active) {
}
