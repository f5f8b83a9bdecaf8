package org.polycentric.gui;

import java.util.List;
import java.util.function.IntPredicate;
import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * A bean's MASON properties in a fixed order, with readable labels and a one-line explanation each
 * (shown as the label's tooltip). MASON itself lists properties in reflection order, which Java
 * leaves unspecified.
 */
final class OrderedProperties extends Properties {
    private static final long serialVersionUID = 1L;

    /** A row: the bean property behind it (e.g. "PeerInfluenceWeight"), its label and its explanation. */
    record Row(String property, String label, String explanation) {
    }

    private final transient SimpleProperties inner;
    private final transient List<Row> rows;
    private final transient IntPredicate writable;
    private final int[] index;

    /**
     * @param writable which rows (by position) may be changed, if the bean has a setter for them
     * @throws IllegalStateException if the bean lacks a property a row names
     */
    OrderedProperties(Object bean, List<Row> rows, IntPredicate writable) {
        this.inner = new SimpleProperties(bean);
        this.rows = List.copyOf(rows);
        this.writable = writable;
        this.object = bean;
        this.index = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            index[r] = -1;
            for (int i = 0; i < inner.numProperties(); i++) {
                if (inner.getName(i).equals(rows.get(r).property())) {
                    index[r] = i;
                }
            }
            if (index[r] < 0) {
                throw new IllegalStateException(bean.getClass().getSimpleName() + " has no property "
                        + rows.get(r).property());
            }
        }
    }

    @Override public boolean isVolatile() { return false; }
    @Override public int numProperties() { return index.length; }
    @Override public Object getValue(int i) { return inner.getValue(index[i]); }
    @Override public Object getDomain(int i) { return inner.getDomain(index[i]); }
    @Override public String getDescription(int i) { return rows.get(i).explanation(); }
    @Override public boolean isReadWrite(int i) { return writable.test(i) && inner.isReadWrite(index[i]); }
    @Override public boolean isHidden(int i) { return false; }
    @Override public String getName(int i) { return rows.get(i).label(); }
    @Override public Class<?> getType(int i) { return inner.getType(index[i]); }
    @Override protected Object _setValue(int i, Object value) { return inner.setValue(index[i], value); }
}
