package com.backorderdesk.demo;

import com.backorderdesk.catalog.CustomerData;
import com.backorderdesk.catalog.Customers;
import com.backorderdesk.catalog.ProductData;
import com.backorderdesk.catalog.Products;
import com.backorderdesk.catalog.SupplierData;
import com.backorderdesk.catalog.Suppliers;
import com.backorderdesk.catalog.WarehouseData;
import com.backorderdesk.catalog.Warehouses;
import com.backorderdesk.inventory.CountData;
import com.backorderdesk.catalog.TransferLanes;
import com.backorderdesk.inventory.Stock;
import com.backorderdesk.sales.OrderData;
import com.backorderdesk.sales.SalesOrders;
import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Config;
import com.backorderdesk.security.Accounts;
import com.backorderdesk.security.Role;
import com.backorderdesk.security.UserData;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Seeds users and demo data (catalogue, stock, a morning's orders) once, on an empty database, in
 * one transaction (all or nothing), holding the seed lock so that only one server seeds.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    Config settings;
    @Inject
    Accounts accounts;
    @Inject
    Warehouses warehouses;
    @Inject
    Suppliers suppliers;
    @Inject
    Products products;
    @Inject
    Customers customers;
    @Inject
    Stock stock;
    @Inject
    TransferLanes lanes;
    @Inject
    SalesOrders salesOrders;
    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void seed() {
        Entities.hold(em, "seed"); // nodes of a cluster starting together: the second waits, then finds it seeded
        if (accounts.count() == 0) {
            String password = settings.get("BACKORDER_ADMIN_PASSWORD", "demo");
            accounts.seed(new UserData("admin", "admin@localhost", Set.of(Role.ADMIN)), password);
            accounts.seed(new UserData("manager", "manager@localhost", Set.of(Role.MANAGER)), password);
            accounts.seed(new UserData("clerk", "clerk@localhost", Set.of(Role.CLERK)), password);
            LOG.info("Created the users admin, manager and clerk.");
        }
        if (settings.flag("BACKORDER_DEMO_DATA", true) && warehouses.search("", new PageRequest(0, 1)).total() == 0) {
            catalogue();
            List<String> waiting = orders();
            LOG.info("Loaded the demo catalogue and " + waiting.size() + " orders: " + String.join(", ", waiting) + ".");
        }
    }

    private void catalogue() {
        warehouses.create(new WarehouseData("MAIN", "Main distribution centre", 1, true));
        warehouses.create(new WarehouseData("EAST", "East depot", 2, true));
        warehouses.create(new WarehouseData("WEST", "West depot", 3, true));
        lanes.set("EAST", "MAIN", 1);
        lanes.set("WEST", "MAIN", 3);
        lanes.set("MAIN", "EAST", 1);
        lanes.set("MAIN", "WEST", 3);

        suppliers.create(new SupplierData("ACME", "Acme Industrial Supply", "orders@acme.example", 5, true));
        suppliers.create(new SupplierData("NORDFAST", "Nordfast Fasteners", "sales@nordfast.example", 10, false));
        suppliers.create(new SupplierData("VOLTA", "Volta Electrical", "trade@volta.example", 7, true));
        suppliers.create(new SupplierData("HYDRO", "Hydroline Plumbing", "orders@hydroline.example", 14, false));
        suppliers.create(new SupplierData("SAFEWORK", "Safework PPE", "b2b@safework.example", 3, true));

        List<Object[]> items = List.of(
                new Object[]{"DRL-1000", "Cordless drill 18 V", "129.00", "78.50", 5, "ACME", true},
                new Object[]{"DRL-1010", "Hammer drill 750 W", "149.00", "92.00", 3, "ACME", true},
                new Object[]{"SAW-2000", "Circular saw 1400 W", "189.00", "121.00", 2, "ACME", false},
                new Object[]{"GRD-2100", "Angle grinder 125 mm", "89.00", "51.00", 4, "ACME", true},
                new Object[]{"BIT-3000", "HSS drill bit set, 19 pcs", "24.90", "9.80", 20, "ACME", true},
                new Object[]{"BLD-3100", "Saw blade 190 mm, 40 teeth", "32.50", "14.20", 10, "ACME", false},
                new Object[]{"SCR-4000", "Wood screws 4x40, box of 500", "12.90", "4.10", 50, "NORDFAST", false},
                new Object[]{"SCR-4010", "Wood screws 5x60, box of 250", "14.90", "5.20", 40, "NORDFAST", false},
                new Object[]{"BLT-4100", "Hex bolts M10x50, box of 100", "18.40", "7.90", 30, "NORDFAST", false},
                new Object[]{"NUT-4200", "Hex nuts M10, box of 200", "9.60", "3.40", 30, "NORDFAST", false},
                new Object[]{"ANC-4300", "Wall anchors 8 mm, box of 100", "11.20", "3.90", 25, "NORDFAST", false},
                new Object[]{"WSH-4400", "Washers M10, box of 500", "8.90", "2.70", 20, "NORDFAST", false},
                new Object[]{"CBL-5000", "Installation cable 3x1.5, 100 m", "74.00", "48.00", 8, "VOLTA", true},
                new Object[]{"CBL-5010", "Installation cable 3x2.5, 100 m", "109.00", "71.00", 6, "VOLTA", true},
                new Object[]{"SWT-5100", "Wall switch, white", "6.40", "2.10", 40, "VOLTA", true},
                new Object[]{"SOC-5200", "Double socket, white", "9.80", "3.60", 40, "VOLTA", true},
                new Object[]{"LED-5300", "LED panel 60x60, 40 W", "54.00", "29.00", 10, "VOLTA", true},
                new Object[]{"BRK-5400", "Circuit breaker B16", "7.90", "3.10", 30, "VOLTA", false},
                new Object[]{"PIP-6000", "Copper pipe 15 mm, 3 m", "21.50", "13.40", 20, "HYDRO", false},
                new Object[]{"PIP-6010", "Copper pipe 22 mm, 3 m", "33.90", "21.10", 15, "HYDRO", false},
                new Object[]{"FIT-6100", "Compression elbow 15 mm", "3.20", "1.10", 100, "HYDRO", false},
                new Object[]{"VLV-6200", "Ball valve 1/2 inch", "11.80", "5.40", 25, "HYDRO", false},
                new Object[]{"TAP-6300", "Kitchen mixer tap", "84.00", "47.00", 4, "HYDRO", false},
                new Object[]{"SIL-6400", "Sanitary silicone, white", "7.40", "2.90", 30, "HYDRO", false},
                new Object[]{"GLV-7000", "Work gloves, size 9, 12 pairs", "29.90", "12.50", 20, "SAFEWORK", true},
                new Object[]{"GLV-7010", "Work gloves, size 10, 12 pairs", "29.90", "12.50", 20, "SAFEWORK", true},
                new Object[]{"HLM-7100", "Safety helmet, yellow", "14.50", "6.20", 15, "SAFEWORK", true},
                new Object[]{"GOG-7200", "Safety goggles", "8.90", "3.10", 25, "SAFEWORK", true},
                new Object[]{"EAR-7300", "Ear defenders", "19.90", "8.40", 10, "SAFEWORK", true},
                new Object[]{"VST-7400", "High-visibility vest, L", "6.90", "2.20", 30, "SAFEWORK", true});
        int n = 0;
        for (Object[] item : items) {
            String sku = (String) item[0];
            int min = (Integer) item[4];
            products.create(new ProductData(sku, (String) item[1], new BigDecimal((String) item[2]),
                    new BigDecimal((String) item[3]), min, (String) item[5], (Boolean) item[6]));
            // a believable spread: some products short at MAIN, others plentiful elsewhere
            int main = switch (n % 5) { case 0 -> 0; case 1 -> min / 2; default -> min * 3; };
            String bin = (char) ('A' + n % 6) + "-" + String.format("%02d", 1 + n / 6) + "-" + (1 + n % 4); // aisle, shelf, level
            count("MAIN", sku, main, bin);
            count("EAST", sku, n % 3 == 0 ? min * 2 : min, bin);
            count("WEST", sku, n % 4 == 0 ? 0 : min * 4, bin);
            n++;
        }

        customers.create(new CustomerData("BUILDCO", "BuildCo Construction Ltd", "purchasing@buildco.example",
                "BuildCo Construction Ltd\n12 Harbour Road\nPortsmouth PO1 3AX", null, null));
        customers.create(new CustomerData("HANDYMAN", "Handyman Services", "office@handyman.example",
                "Handyman Services\n4 Mill Lane\nYork YO1 7HH", List.of("PARK"), null));
        customers.create(new CustomerData("CITYHALL", "City Hall Facilities", "facilities@cityhall.example",
                "City Hall Facilities\nCivic Square 1\nLeeds LS1 1UR", List.of("MULTI_WAREHOUSE", "BACKORDER"), null));
        customers.create(new CustomerData("SPARKS", "Sparks Electrical Contractors", "buying@sparks.example",
                "Sparks Electrical\nUnit 7, Riverside Park\nBristol BS1 6QH", List.of("DROP_SHIP", "SPLIT"), null));
        customers.create(new CustomerData("AQUAFIX", "Aquafix Plumbing", "orders@aquafix.example",
                "Aquafix Plumbing\n88 Canal Street\nManchester M1 3HE", List.of("TRANSFER", "BACKORDER"), null));
        customers.create(new CustomerData("DIYMART", "DIY Mart Retail", "supply@diymart.example",
                "DIY Mart Warehouse\nGate 3, Logistics Way\nCoventry CV3 4PE", null, null));
        customers.create(new CustomerData("SCHOOLS", "County Schools Maintenance", "maintenance@schools.example",
                "County Schools Maintenance\nDepot Road 2\nNorwich NR1 1AA", null, null));
        customers.create(new CustomerData("FARMERS", "Farmers Co-operative", "shop@farmers.example",
                "Farmers Co-operative\nMarket Place 5\nExeter EX1 1JJ", List.of("PARK"), null));
    }

    /**
     * A morning's orders at MAIN, one per customer, each following the customer's policy (or the
     * system default): some ship at once, the others wait in every way the product knows
     * (partly shipped, parked, pulled from other warehouses, in transfer, drop-shipped), with
     * the purchase orders they raised. They are the clerk's, so the clerk's alerts light up
     * when stock for them is received. Answers the numbers of the orders.
     */
    private List<String> orders() {
        List<String> numbers = List.of(
                order("BUILDCO", false, line("DRL-1000", 8), line("BIT-3000", 10)),
                order("HANDYMAN", false, line("SOC-5200", 12), line("SWT-5100", 20)),
                order("CITYHALL", false, line("LED-5300", 20)),
                order("SPARKS", false, line("CBL-5000", 40)),
                order("AQUAFIX", true, line("FIT-6100", 150)),
                order("DIYMART", false, line("ANC-4300", 40)),
                order("SCHOOLS", false, line("VLV-6200", 20), line("TAP-6300", 2)),
                order("FARMERS", false, line("GLV-7000", 10)));
        // entered by the clerk, as far as the demo goes: the orders and the history on their pages say so
        em.createQuery("update SalesOrder o set o.createdBy = 'clerk' where o.number in :numbers")
                .setParameter("numbers", numbers).executeUpdate();
        em.createQuery("update AuditEntry a set a.username = 'clerk' where a.action = 'order.placed' and a.subject in :numbers")
                .setParameter("numbers", numbers).executeUpdate();
        return numbers;
    }

    private String order(String customer, boolean rush, OrderData.LineData... lines) {
        return salesOrders.place(new OrderData(customer, "MAIN", List.of(lines), null, rush, null)).number();
    }

    private static OrderData.LineData line(String sku, int quantity) {
        return new OrderData.LineData(sku, quantity);
    }

    /** Opening stock, and where it lies (printed on pick lists). */
    private void count(String warehouse, String sku, int quantity, String bin) {
        if (quantity > 0) {
            stock.count(warehouse, sku, new CountData(quantity, "Opening stock", bin));
        }
    }
}
