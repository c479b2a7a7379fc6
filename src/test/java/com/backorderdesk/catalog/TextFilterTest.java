package com.backorderdesk.catalog;

import com.backorderdesk.platform.Where;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The conditions a list's filters add: only those given, so the database can use its indexes. */
class TextFilterTest {

    @Test
    void aBlankFilterAddsNoCondition() {
        Where where = new Where().and("o.warehouse.code = :warehouse", "warehouse", null);
        TextFilter.of(" ", code -> java.util.Optional.empty()).in(where, "o.customer", "customer", "code");
        assertEquals("", where.clause());
    }

    @Test
    void aKnownCodeIsComparedExactlyAndTextIsSearchedInCodeAndName() {
        Where exact = TextFilter.of("C-1", code -> java.util.Optional.of(code)).in(new Where(), "o.customer", "customer", "code");
        assertEquals(" where o.customer.code = :customer", exact.clause());
        Where text = TextFilter.of("acme", code -> java.util.Optional.empty())
                .in(new Where().and("o.warehouse.code = :warehouse", "warehouse", "MAIN"), "o.customer", "customer", "code");
        assertEquals(" where o.warehouse.code = :warehouse and (lower(o.customer.code) like :customer escape '\\' "
                + "or lower(o.customer.name) like :customer escape '\\')", text.clause());
    }

    @Test
    void aConditionCanSitInsideAnother() {
        Where where = TextFilter.of("P-1", code -> java.util.Optional.of(code))
                .in(new Where(), "exists (select l from OrderLine l where l.order = o and %s)", "l.product", "sku", "sku");
        assertEquals(" where exists (select l from OrderLine l where l.order = o and l.product.sku = :sku)", where.clause());
    }
}
