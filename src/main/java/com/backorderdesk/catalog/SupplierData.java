package com.backorderdesk.catalog;

import com.backorderdesk.platform.Code;
import com.backorderdesk.platform.EmailAddress;
import com.backorderdesk.platform.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Input for creating or changing a supplier. */
public record SupplierData(@Code String code, @Text String name, @EmailAddress String email,
                           @NotNull @PositiveOrZero @Max(365) Integer leadTimeDays,
                           boolean dropShips) {
}
