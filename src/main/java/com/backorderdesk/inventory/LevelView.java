package com.backorderdesk.inventory;

/** A stock level as pages and the API show it. */
public record LevelView(String warehouse, String warehouseName, int onHand, int allocated, int available,
                        int onOrder, int inTransit, String bin) {

    static LevelView of(StockLevel level, int onOrder, int inTransit) {
        return new LevelView(level.getWarehouse().getCode(), level.getWarehouse().getName(), level.getOnHand(),
                level.getAllocated(), level.available(), onOrder, inTransit, level.getBin());
    }
}
