package com.backorderdesk.catalog;

import com.backorderdesk.platform.Code;
import com.backorderdesk.platform.EmailAddress;
import com.backorderdesk.platform.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/**
 * Input for creating or changing a customer. {@code backorderPolicy}: strategy names in order,
 * or null/empty for none (the system default applies); {@code backorderNotices}: false when the
 * customer wants no backorder notices by mail (null: as it was; a new customer gets them).
 */
public record CustomerData(@Code String code, @Text String name, @EmailAddress String email,
                           @NotNull(message = "{backorder.address}")
                           @Pattern(regexp = "(?s)(?=.*\\S)[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]{1,500}",
                                   message = "{backorder.address}") String shipTo,
                           List<String> backorderPolicy, Boolean backorderNotices) {
}
