package com.backorderdesk.catalog;

import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.security.Role;
import com.backorderdesk.web.FormInput;
import com.backorderdesk.web.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.function.Function;

/**
 * The pages every kind of catalogue entry has, under its own path: the list with search (every
 * role), and the form to create or edit one (MANAGER, ADMIN) with its mistakes shown beside the
 * fields. A subclass says where the entries are kept and how its form reads. (Public: RESTEasy
 * does not find resource methods inherited from a package-private class; the pages 404.)
 *
 * @param <E> the entry (a warehouse, a supplier...)
 * @param <D> what its form gives
 */
public abstract class CataloguePages<E, D> {

    @Inject
    protected Validator validator;
    @Context
    protected HttpServletRequest request;

    /** The entry's name in templates and messages ("supplier": catalog/suppliers, catalog/supplier-form, supplier.created). */
    private final String kind;
    /** Where a saved entry is shown: its list, or its own page ("/customers/{code}"). */
    private final String afterSave;
    /** The code an entry is known by (a product's SKU). */
    private final Function<E, String> codeOf;

    protected CataloguePages(String kind, String afterSave, Function<E, String> codeOf) {
        this.kind = kind;
        this.afterSave = afterSave;
        this.codeOf = codeOf;
    }

    /** Where the entries are kept. */
    protected abstract Catalogue<E, D> catalogue();

    /** The form of a new entry: sensible defaults. */
    protected abstract Map<String, Object> defaults();

    /** The form of an entry being edited: its current values. */
    protected abstract Map<String, Object> valuesOf(E entry);

    /** What the submitted form says, for the entry with this code. */
    protected abstract D read(FormInput form, String code);

    /** The name of the form field that holds the code of a new entry. */
    protected String codeField() {
        return "code";
    }

    @GET
    public View list(@QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        return View.of("catalog/" + kind + "s").with("q", q).with("page", catalogue().search(q, sort, PageRequest.listed(page, size, 25)));
    }

    @GET
    @Path("new")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public View newEntry() {
        return form(FormInput.prefilled(defaults()), null);
    }

    @POST
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response create() {
        FormInput form = new FormInput(request, validator);
        return form.save(read(form, form.text(codeField())), catalogue()::create, codeOf, kind + ".created", afterSave,
                f -> form(f, null));
    }

    @GET
    @Path("{code}/edit")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public View edit(@PathParam("code") String code) {
        E entry = catalogue().get(code);
        return form(FormInput.prefilled(valuesOf(entry)), codeOf.apply(entry));
    }

    @POST
    @Path("{code}")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response update(@PathParam("code") String code) {
        catalogue().get(code);
        FormInput form = new FormInput(request, validator);
        return form.save(read(form, code), data -> catalogue().update(code, data), codeOf, kind + ".updated", afterSave,
                f -> form(f, code));
    }

    private View form(FormInput form, String editing) {
        return View.of("catalog/" + kind + "-form").with("form", form).with("editing", editing);
    }
}
