package com.backorderdesk.platform;

import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.shipping.Shipment;
import com.backorderdesk.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Set-based writes: whole columns in one statement, guarded updates, and ids and numbers taken in blocks that never meet those Hibernate and single calls hand out. */
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
    void wholeColumnsAreWrittenInOneStatementAndAStaleVersionFailsTheUpdate() throws Exception {
        long[] ids;
        transaction.begin();
        try {
            ids = bulk.ids(Warehouse.class, 3);
            String prefix = "BW" + System.nanoTime() % 100_000;
            String[] codes = {prefix + "A", prefix + "B", prefix + "C"};
            int written = bulk.columns("insert into warehouse (id, code, name, priority, active, auto_match, version) "
                    + "select u.id, u.code, ?, u.priority, true, true, 0 from unnest(?, ?, ?) as u(id, code, priority)",
                    "Bulk", ids, codes, new int[]{7, 8, 9});
            assertEquals(3, written);
            for (int i = 0; i < 3; i++) {
                Warehouse w = em.find(Warehouse.class, ids[i]);
                assertEquals(codes[i], w.getCode());
                assertEquals(7 + i, w.getPriority());
                assertEquals("Bulk", w.getName());
            }
            em.clear();

            String rename = "merge into warehouse w using (select * from unnest(?, ?)) as u(id, version) "
                    + "on w.id = u.id and w.version = u.version when matched then update set name = ?, version = w.version + 1";
            bulk.columnsGuarded(rename, 3, "A warehouse", ids, new long[]{0, 0, 0}, "Renamed");
            em.clear();
            assertEquals("Renamed", em.find(Warehouse.class, ids[2]).getName());
            assertThrows(OptimisticLockException.class, () -> bulk.columnsGuarded(rename, 3, "A warehouse", ids, new long[]{1, 1, 0}, "Again"),
                    "one row whose version is not the one read (changed meanwhile) fails the update, and with it the transaction");
        } finally {
            transaction.rollback();
        }
        transaction.begin();
        try {
            assertEquals(null, em.find(Warehouse.class, ids[0]), "rolled back: nothing of it stays");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void columnsLongerThanADatabaseArrayAreWrittenInSlices() throws Exception {
        int rows = 2 * BulkWrites.SLICE + 1; // H2 holds at most 65,536 elements in an array
        String[] names = new String[rows];
        for (int i = 0; i < rows; i++) {
            names[i] = "slice-test-" + i;
        }
        transaction.begin();
        try {
            assertEquals(rows, bulk.columns("insert into app_lock (name) select * from unnest(?)", (Object) names));
            assertEquals(rows, ((Number) em.createNativeQuery("select count(*) from app_lock where name like 'slice-test-%'").getSingleResult()).intValue());
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void numbersInBlocksAndOneByOneNeverOverlap() {
        Set<String> all = new HashSet<>();
        for (int round = 0; round < 3; round++) {
            all.add(numbers.next(DocumentKind.PICK_PACK_SHIP));
            List<String> many = numbers.next(DocumentKind.PICK_PACK_SHIP, 120);
            assertEquals(120, many.size());
            all.addAll(many);
        }
        assertEquals(3 * 121, all.size(), "no number handed out twice");
    }
}
