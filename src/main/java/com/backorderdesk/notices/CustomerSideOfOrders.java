package com.backorderdesk.notices;

import com.backorderdesk.ordering.CustomerSide;
import com.backorderdesk.ordering.OrderView;
import com.backorderdesk.ordering.SalesOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The order's view asks here what its customer was told and chose. */
@ApplicationScoped
public class CustomerSideOfOrders implements CustomerSide {

    @Inject
    Notices notices;
    @Inject
    CustomerChoices choices;

    @Override
    public List<OrderView.Notice> notices(SalesOrder order) {
        return notices.of(order).stream().map(n -> new OrderView.Notice(n.getAt().toString(), n.getKind().name(), n.getSubject())).toList();
    }

    @Override
    public OrderView.Choice choice(SalesOrder order) {
        return choices.choiceOf(order).map(c -> new OrderView.Choice(c.getChoice().name(), c.getAt().toString())).orElse(null);
    }
}
