package com.backorderdesk.catalog;

import com.backorderdesk.support.Api;
import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TestCatalog;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static com.backorderdesk.support.Api.json;
import static com.backorderdesk.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference-data API of docs/API.md, black-box over HTTP, including every kind of bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api admin;
    TestCatalog catalog;

    @BeforeEach
    void setUp() {
        admin = Api.at(base).asAdmin();
        catalog = new TestCatalog(Api.at(base));
    }

    @Test
    void createsAndReadsEveryKindOfReferenceData() {
        String warehouse = unique("WH");
        Api.Reply created = admin.post("/api/warehouses", json("{'code':'%s','name':'North','priority':4}", warehouse));
        assertEquals(201, created.status(), created::toString);
        assertEquals(warehouse, created.object().getString("code"));
        assertEquals(4, admin.get("/api/warehouses/" + warehouse).object().getInt("priority"));

        String supplier = catalog.supplier(true);
        JsonObject readSupplier = admin.get("/api/suppliers/" + supplier).object();
        assertTrue(readSupplier.getBoolean("dropShips"));
        assertEquals(5, readSupplier.getInt("leadTimeDays"));

        String sku = unique("SKU");
        Api.Reply product = admin.post("/api/products", json("{'sku':'%s','name':'Grinder','unitPrice':'12.5','unitCost':7,'minStock':3,'supplier':'%s','dropShippable':true}", sku, supplier));
        assertEquals(201, product.status(), product::toString);
        JsonObject readProduct = admin.get("/api/products/" + sku).object();
        assertEquals("12.50", readProduct.getJsonNumber("unitPrice").bigDecimalValue().toPlainString());
        assertEquals(supplier, readProduct.getString("supplier"));
        assertEquals(3, readProduct.getInt("minStock"));

        String customer = unique("CUS");
        Api.Reply customerReply = admin.post("/api/customers", json("{'code':'%s','name':'Acme','email':'a@example.com','shipTo':'1 Road','backorderPolicy':['TRANSFER','PARK']}", customer));
        assertEquals(201, customerReply.status(), customerReply::toString);
        assertEquals("[\"TRANSFER\",\"PARK\"]", admin.get("/api/customers/" + customer).object().getJsonArray("backorderPolicy").toString());

        String plain = catalog.customer("null");
        assertTrue(admin.get("/api/customers/" + plain).object().isNull("backorderPolicy"));
    }

    @Test
    void aNewProductHasAStockLevelAtEveryWarehouse() {
        String warehouse = catalog.warehouse(50);
        String sku = catalog.product(catalog.supplier(false), 0, false);
        JsonObject stock = admin.get("/api/stock/" + sku).object();
        assertEquals(sku, stock.getString("sku"));
        assertTrue(stock.getJsonArray("levels").stream().map(JsonObject.class::cast)
                .anyMatch(l -> l.getString("warehouse").equals(warehouse) && l.getInt("onHand") == 0 && l.getInt("available") == 0));
    }

    @Test
    void listsArePagedWithTheTotalInAHeader() {
        String supplier = catalog.supplier(false);
        for (int i = 0; i < 3; i++) {
            catalog.product(supplier, 0, false);
        }
        Api.Reply page = admin.get("/api/products?size=2&page=0&q=SKU-");
        assertEquals(200, page.status());
        assertEquals(2, page.array().size());
        assertTrue(Integer.parseInt(page.header("X-Total-Count")) >= 3);
        assertEquals(400, admin.get("/api/products?size=1001").status());
        assertEquals(400, admin.get("/api/products?page=-1").status());
    }

    @Test
    void duplicatesAre409AndChangeNothing() {
        String supplier = catalog.supplier(false);
        Api.Reply again = admin.post("/api/suppliers", json("{'code':'%s','name':'Other name','email':'o@example.com','leadTimeDays':1,'dropShips':false}", supplier));
        assertEquals(409, again.status());
        assertEquals("code", again.object().getString("field"));
        assertEquals("Supplier " + supplier, admin.get("/api/suppliers/" + supplier).object().getString("name"));

        // codes are typed and found in any case, so one differing only in case would be mistaken for the other
        String lower = supplier.toLowerCase(java.util.Locale.ROOT);
        assertRefused(409, "code", admin.post("/api/suppliers", json("{'code':'%s','name':'Other','email':'o@example.com','leadTimeDays':1,'dropShips':false}", lower)));
        String warehouse = catalog.warehouse(5);
        assertRefused(409, "code", admin.post("/api/warehouses", json("{'code':'%s','name':'Other','priority':1}", warehouse.toLowerCase(java.util.Locale.ROOT))));
        String sku = catalog.product(supplier, 0, false);
        assertRefused(409, "sku", admin.post("/api/products", json("{'sku':'%s','name':'Other','unitPrice':1,'unitCost':1,'minStock':0,'supplier':'%s'}",
                sku.toLowerCase(java.util.Locale.ROOT), supplier)));
        String customer = catalog.customer("null");
        assertRefused(409, "code", admin.post("/api/customers", json("{'code':'%s','name':'Other','email':'c@example.com','shipTo':'1 Road'}",
                customer.toLowerCase(java.util.Locale.ROOT))));
        assertEquals(404, admin.get("/api/customers/" + customer.toLowerCase(java.util.Locale.ROOT)).status(), "nothing was created");
    }

    @Test
    void invalidInputIs400WithTheFieldAndCreatesNothing() {
        String supplier = catalog.supplier(false);
        assertRefused(400, "code", admin.post("/api/warehouses", json("{'code':'A B','name':'Spaces','priority':1}")));
        assertRefused(400, "code", admin.post("/api/warehouses", json("{'code':'A\\tB','name':'Tab','priority':1}")));
        assertRefused(400, "code", admin.post("/api/warehouses", json("{'code':'%s','name':'Long','priority':1}", "X".repeat(31))));
        assertRefused(400, "name", admin.post("/api/warehouses", json("{'code':'%s','name':'   ','priority':1}", unique("WH"))));
        assertRefused(400, "name", admin.post("/api/warehouses", json("{'code':'%s','name':'%s','priority':1}", unique("WH"), "n".repeat(121))));
        assertRefused(400, "priority", admin.post("/api/warehouses", json("{'code':'%s','name':'Neg','priority':-1}", unique("WH"))));
        assertRefused(400, "priority", admin.post("/api/warehouses", json("{'code':'%s','name':'Word','priority':'high'}", unique("WH"))));
        assertRefused(400, "email", admin.post("/api/suppliers", json("{'code':'%s','name':'S','email':'not-an-address','leadTimeDays':1,'dropShips':false}", unique("S"))));
        assertRefused(400, "leadTimeDays", admin.post("/api/suppliers", json("{'code':'%s','name':'S','email':'s@example.com','leadTimeDays':-2,'dropShips':false}", unique("S"))));
        String sku = unique("SKU");
        assertRefused(400, "unitPrice", admin.post("/api/products", json("{'sku':'%s','name':'P','unitPrice':-1,'unitCost':1,'minStock':0,'supplier':'%s'}", sku, supplier)));
        assertRefused(400, "unitPrice", admin.post("/api/products", json("{'sku':'%s','name':'P','unitPrice':'1.234','unitCost':1,'minStock':0,'supplier':'%s'}", sku, supplier)));
        assertRefused(400, "minStock", admin.post("/api/products", json("{'sku':'%s','name':'P','unitPrice':1,'unitCost':1,'minStock':-3,'supplier':'%s'}", sku, supplier)));
        assertRefused(404, "supplier", admin.post("/api/products", json("{'sku':'%s','name':'P','unitPrice':1,'unitCost':1,'minStock':0,'supplier':'NO-SUCH'}", sku)));
        assertRefused(400, "backorderPolicy", admin.post("/api/customers", json("{'code':'%s','name':'C','email':'c@example.com','shipTo':'x','backorderPolicy':['TRANSFER']}", unique("C"))));
        assertRefused(400, "backorderPolicy", admin.post("/api/customers", json("{'code':'%s','name':'C','email':'c@example.com','shipTo':'x','backorderPolicy':['PARK','PARK']}", unique("C"))));
        assertRefused(400, "backorderPolicy", admin.post("/api/customers", json("{'code':'%s','name':'C','email':'c@example.com','shipTo':'x','backorderPolicy':['FLY']}", unique("C"))));
        assertEquals(404, admin.get("/api/products/" + sku).status(), "no product was created by the refused requests");
    }

    @Test
    void malformedJsonIsAJson400NeverAStackTrace() {
        for (String body : new String[]{"{\"code\":", "[1,2]", "not json", "{\"code\":\"X\",\"priority\":\"abc\"}"}) {
            Api.Reply reply = admin.post("/api/warehouses", body);
            assertEquals(400, reply.status(), body);
            assertTrue(reply.header("Content-Type").startsWith("application/json"), body);
            assertTrue(reply.object().getString("error").startsWith("Malformed JSON"), reply::toString);
            assertTrue(!reply.body().contains("Exception"), reply::toString);
        }
        Api.Reply empty = admin.post("/api/warehouses", "");
        assertEquals(400, empty.status(), empty::toString);
        Api.Reply fraction = admin.post("/api/suppliers", json("{'code':'%s','name':'S','email':'s@example.com','leadTimeDays':2.5,'dropShips':false}", unique("S")));
        assertEquals(400, fraction.status(), fraction::toString);
        assertEquals("leadTimeDays", fraction.object().getString("field"));
        assertEquals("Malformed JSON: 'leadTimeDays' must be a whole number.", fraction.object().getString("error"));
        Api.Reply unknown = admin.post("/api/warehouses", json("{'code':'%s','name':'W','priority':5,'colour':'red'}", unique("W")));
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("Malformed JSON: 'colour' is not a field of this request.", unknown.object().getString("error"));
    }

    @Test
    void unknownReferencesAre404() {
        assertRefused(404, "warehouse", admin.get("/api/warehouses/NOPE"));
        assertRefused(404, "sku", admin.get("/api/products/NOPE"));
        assertRefused(404, "sku", admin.get("/api/stock/NOPE"));
        assertEquals(404, admin.get("/api/no-such-thing").status());
        assertNull(admin.get("/api/no-such-thing").object().get("field"));
    }

    @Test
    void stockCountsAreValidatedAndRecorded() {
        String warehouse = catalog.warehouse(60);
        String sku = catalog.product(catalog.supplier(false), 2, false);
        Api.Reply counted = admin.put("/api/stock/" + warehouse + "/" + sku, json("{'onHand':9,'reason':'cycle count'}"));
        assertEquals(200, counted.status(), counted::toString);
        assertEquals(9, counted.object().getInt("onHand"));
        assertEquals(9, counted.object().getInt("available"));
        assertRefused(400, "onHand", admin.put("/api/stock/" + warehouse + "/" + sku, json("{'onHand':-1,'reason':'x'}")));
        assertRefused(400, "onHand", admin.put("/api/stock/" + warehouse + "/" + sku, json("{'onHand':'many','reason':'x'}")));
        assertRefused(400, "reason", admin.put("/api/stock/" + warehouse + "/" + sku, json("{'onHand':3,'reason':''}")));
        assertRefused(404, "warehouse", admin.put("/api/stock/NOPE/" + sku, json("{'onHand':3,'reason':'x'}")));
        JsonObject level = catalog.level(warehouse, sku);
        assertEquals(9, level.getInt("onHand"), "refused counts changed nothing");
    }

    private static void assertRefused(int status, String field, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply::toString);
        JsonObject body = reply.object();
        assertTrue(body.getString("error").length() > 3, reply::toString);
        assertEquals(field, body.getString("field", null), reply::toString);
    }
}
