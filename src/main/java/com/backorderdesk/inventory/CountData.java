package com.backorderdesk.inventory;

import com.backorderdesk.platform.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A counted on-hand quantity and why it changed. */
public record CountData(@NotNull @PositiveOrZero @Max(1_000_000_000) Integer onHand, @Text String reason) {
}
