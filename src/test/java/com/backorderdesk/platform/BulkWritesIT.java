package com.backorderdesk.platform;

import com.backorderdesk.fulfillment.Shipment;
import com.backorderdesk.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ids and numbers taken in blocks for bulk writes never meet those Hibernate and single calls hand out. */
@ExtendWith(ArquillianExtension.class)
class BulkWritesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(BulkWritesIT.class);
    }

    @Inject
    BulkWrites bulk;
    @Inject
    Numbers numbers;
    @PersistenceContext
    EntityManager em;
    @Resource
    UserTransaction transaction;

    @Test
    void idsInBlocksAndHibernatesOwnNeverOverlap() throws Exception {
        transaction.begin();
        try {
            SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
            IdentifierGenerator hibernate = (IdentifierGenerator) session.getFactory().getMappingMetamodel()
                    .getEntityDescriptor(Shipment.class).getGenerator();
            List<Long> all = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 70; i++) {
                    all.add(((Number) hibernate.generate(session, null)).longValue());
                }
                long[] block = bulk.ids(Shipment.class, 120);
                assertEquals(120, block.length);
                // a block ends with the sequence value that reserved it: no id is above what the sequence gave out
                long lastGivenOut = numbers.nextValues("shipment_seq", 1)[0] - 50;
                for (long id : block) {
                    assertTrue(id > 0 && id <= lastGivenOut, id + " within what the sequence gave out (" + lastGivenOut + ")");
                    all.add(id);
                }
            }
            assertEquals(all.size(), new HashSet<>(all).size(), "no id handed out twice: " + all);
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void numbersInBlocksAndOneByOneNeverOverlap() {
        Set<String> all = new HashSet<>();
        for (int round = 0; round < 3; round++) {
            all.add(numbers.next("PPS-", "shipment_number_seq"));
            List<String> many = numbers.next("PPS-", "shipment_number_seq", 120);
            assertEquals(120, many.size());
            all.addAll(many);
        }
        assertEquals(3 * 121, all.size(), "no number handed out twice");
    }
}
