package org.polycentric.gui;

import java.util.List;
import sim.util.Properties;

/**
 * The Model tab's rows as MASON properties, in the order given, each with its label, explanation
 * (the label's tooltip), range and, where the row can be changed, its setter.
 */
final class RowProperties extends Properties {
    private static final long serialVersionUID = 1L;

    private final transient List<ModelParameters.Row> rows;

    RowProperties(List<ModelParameters.Row> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override public boolean isVolatile() { return false; }
    @Override public int numProperties() { return rows.size(); }
    @Override public Object getValue(int i) { return rows.get(i).value().get(); }
    @Override public Object getDomain(int i) { return rows.get(i).domain().get(); }
    @Override public String getDescription(int i) { return rows.get(i).explanation(); }
    @Override public boolean isReadWrite(int i) { return rows.get(i).writable(); }
    @Override public boolean isHidden(int i) { return false; }
    @Override public String getName(int i) { return rows.get(i).label(); }
    @Override public Class<?> getType(int i) { return rows.get(i).type(); }

    @Override
    protected Object _setValue(int i, Object value) {
        rows.get(i).change().accept(value);
        return getValue(i);
    }
}
