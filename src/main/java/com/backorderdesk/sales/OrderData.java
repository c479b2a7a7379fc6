package com.backorderdesk.sales;

import com.backorderdesk.platform.Code;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An order as a clerk or an integration enters it. {@code policy}: strategy names overriding
 * the customer's and the system default; {@code rush}: matched first when stock arrives; {@code notifyCustomer}: false when this order's customer
 * gets no backorder notices (null or true: as the customer is set).
 */
public record OrderData(@Code String customer, @Code String warehouse,
                        @NotEmpty(message = "an order needs at least one line") @Size(max = 500, message = "at most 500 lines") List<@NotNull(message = "must not be empty") @Valid LineData> lines,
                        List<String> policy, Boolean rush, Boolean notifyCustomer) {

    public record LineData(@Code String sku,
                           @NotNull(message = "{backorder.required}") @Min(value = 1, message = "must be at least 1")
                           @Max(value = 1_000_000, message = "must be at most 1,000,000") Integer quantity) {
    }
}
