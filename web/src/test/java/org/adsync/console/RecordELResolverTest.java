package org.adsync.console;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordELResolverTest {

    record Row(String name, long count) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsARecordComponentAsAProperty() {
        ELContext context = new TestContext();

        assertEquals(3L, resolver.getValue(context, new Row("Contoso", 3), "count"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void leavesUnknownPropertiesAndOtherObjectsToTheNextResolver() {
        ELContext forUnknown = new TestContext();
        assertNull(resolver.getValue(forUnknown, new Row("Contoso", 3), "missing"));
        assertFalse(forUnknown.isPropertyResolved());

        ELContext forBean = new TestContext();
        assertNull(resolver.getValue(forBean, "a string", "length"));
        assertFalse(forBean.isPropertyResolved());
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = new TestContext();

        assertTrue(resolver.isReadOnly(context, new Row("Contoso", 3), "name"));
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(new TestContext(), new Row("Contoso", 3), "name", "Other"));
    }

    private static final class TestContext extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
