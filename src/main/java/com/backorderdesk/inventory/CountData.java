package com.backorderdesk.inventory;

import com.backorderdesk.platform.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A counted on-hand quantity and why it changed; {@code bin}, when given, is where the product
 * lies in the warehouse (aisle, shelf, bin), printed on pick lists (empty: no bin any more).
 */
public record CountData(@NotNull @PositiveOrZero @Max(1_000_000_000) Integer onHand, @Text String reason,
                        @Pattern(regexp = "[^\\x00-\\x1F\\x7F]{0,30}", message = "at most 30 characters") String bin) {

    public CountData(Integer onHand, String reason) {
        this(onHand, reason, null);
    }
}
