package com.backorderdesk.catalog;

import com.backorderdesk.planning.Advisor;
import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.security.Audit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Transfer times between pairs of warehouses; a pair not listed takes the advisor's default. */
@Stateless
public class TransferLanes {

    public record LaneView(long id, String from, String to, int days) {
        static LaneView of(TransferLane lane) {
            return new LaneView(lane.getId(), lane.getFrom().getCode(), lane.getTo().getCode(), lane.getDays());
        }
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Warehouses warehouses;
    @Inject
    Audit audit;

    public List<LaneView> all() {
        return em.createNamedQuery(TransferLane.ALL, TransferLane.class).getResultStream().map(LaneView::of).toList();
    }

    /** Days by lane key ({@link Advisor.Costs#lane}). */
    public Map<String, Integer> days() {
        Map<String, Integer> days = new LinkedHashMap<>();
        all().forEach(l -> days.put(Advisor.Costs.lane(l.from(), l.to()), l.days()));
        return days;
    }

    /** Sets the days of a lane, creating it if new. */
    public LaneView set(String fromCode, String toCode, Integer days) {
        if (days == null) {
            throw Problem.invalid("days", "must be a number of days");
        }
        Warehouse from = warehouses.get(fromCode);
        Warehouse to = warehouses.get(toCode);
        TransferLane lane = Entities.single(em.createNamedQuery(TransferLane.BETWEEN, TransferLane.class).setParameter("from", from).setParameter("to", to))
                .orElse(null);
        if (lane == null) {
            lane = Entities.persistNew(em, new TransferLane(from, to, days),
                    () -> Problem.conflict("to", "The lane " + fromCode + " to " + toCode + " was just added by someone else."));
        } else {
            lane.changeDays(days);
        }
        audit.record("transfer-lane.set", Advisor.Costs.lane(fromCode, toCode), days + " days");
        return LaneView.of(lane);
    }

    public LaneView remove(long id) {
        TransferLane lane = em.find(TransferLane.class, id);
        if (lane == null) {
            throw Problem.notFound("id", "Unknown transfer lane " + id + ".");
        }
        LaneView removed = LaneView.of(lane);
        em.remove(lane);
        audit.record("transfer-lane.removed", Advisor.Costs.lane(removed.from(), removed.to()), null);
        return removed;
    }
}
