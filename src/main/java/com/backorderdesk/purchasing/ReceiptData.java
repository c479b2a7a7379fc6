package com.backorderdesk.purchasing;

import com.backorderdesk.platform.Code;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** Goods received against a purchase order: quantities per SKU (partial receipts allowed). */
public record ReceiptData(@NotEmpty(message = "a receipt needs at least one line") List<@NotNull(message = "must not be empty") @Valid Line> lines) {

    public record Line(@Code String sku,
                       @NotNull @Min(value = 1, message = "must be at least 1")
                       @Max(value = 1_000_000, message = "must be at most 1,000,000") Integer quantity) {
    }
}
