package com.backorderdesk.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A stocked item, identified by its SKU. The minimum stock level is what replenishment tops a
 * warehouse back up to; drop-shippable products can be sent by their supplier straight to
 * the customer, if that supplier drop-ships.
 */
@Entity
@NamedQuery(name = Product.BY_SKU, query = "select p from Product p join fetch p.supplier where p.sku = :sku")
@NamedQuery(name = Product.BY_SKUS, query = "select p from Product p join fetch p.supplier where p.sku in :skus")
@NamedQuery(name = Product.BY_SKU_ANY_CASE, query = "select p from Product p join fetch p.supplier where lower(p.sku) = lower(:sku)")
@NamedQuery(name = Product.SEARCH, query = "select p from Product p join fetch p.supplier where lower(p.sku) like :q escape '\\' or lower(p.name) like :q escape '\\' order by p.sku")
@NamedQuery(name = Product.COUNT, query = "select count(p) from Product p where lower(p.sku) like :q escape '\\' or lower(p.name) like :q escape '\\'")
public class Product {

    public static final String BY_SKU = "Product.bySku";
    public static final String BY_SKUS = "Product.bySkus";
    public static final String BY_SKU_ANY_CASE = "Product.bySkuAnyCase";
    public static final String SEARCH = "Product.search";
    public static final String COUNT = "Product.count";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String sku;
    private String name;
    private BigDecimal unitPrice;
    private BigDecimal unitCost;
    private int minStock;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Supplier supplier;
    private boolean dropShippable;
    @Version
    private long version;

    protected Product() {
    }

    public Product(ProductData data, Supplier supplier) {
        this.sku = data.sku();
        update(data, supplier);
    }

    public void update(ProductData data, Supplier supplier) {
        this.name = data.name().trim();
        this.unitPrice = data.unitPrice().setScale(2, RoundingMode.UNNECESSARY);
        this.unitCost = data.unitCost().setScale(2, RoundingMode.UNNECESSARY);
        this.minStock = data.minStock();
        this.supplier = supplier;
        this.dropShippable = data.dropShippable();
    }

    /** Drop-ship applies only when both the product and its supplier allow it. */
    public boolean canDropShip() {
        return dropShippable && supplier.isDropShips();
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public int getMinStock() {
        return minStock;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public boolean isDropShippable() {
        return dropShippable;
    }
}
