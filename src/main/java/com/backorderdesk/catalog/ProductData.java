package com.backorderdesk.catalog;

import com.backorderdesk.platform.Code;
import com.backorderdesk.platform.Text;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** Input for creating or changing a product; {@code supplier} is a supplier code. */
public record ProductData(@Code String sku, @Text String name,
                          @NotNull @DecimalMin("0.00") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal unitPrice,
                          @NotNull @DecimalMin("0.00") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal unitCost,
                          @NotNull @PositiveOrZero @Max(1_000_000) Integer minStock,
                          @Code String supplier,
                          boolean dropShippable) {
}
