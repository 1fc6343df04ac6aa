package org.adsync.schedule;

import jakarta.ejb.TimerHandle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.Base64;
import java.util.Optional;

/**
 * A timer's handle as text for the schedule row, and back. Persistent timers' handles are serializable so that an
 * application can keep them (Jakarta Enterprise Beans 4.0, 13.4.2.3); WildFly's hold the timer's id and its bean's
 * service name, and find the timer in the timer service's memory without reading the store. Reading accepts only
 * the timer service's own classes: the column is data, not code.
 */
final class TimerHandles {

    private static final ObjectInputFilter ONLY_HANDLES = ObjectInputFilter.Config.createFilter(
            "maxdepth=5;maxrefs=20;maxbytes=4000;jakarta.ejb.*;org.jboss.as.ejb3.timerservice.*;java.lang.String;"
                    + "!*");

    private TimerHandles() {
    }

    static String write(TimerHandle handle) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(handle);
        } catch (IOException e) {
            throw new IllegalStateException("The timer service's handle cannot be serialized", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** The handle, read with the timer service's class loader; empty if it is not one (another server's kind). */
    static Optional<TimerHandle> read(String stored, ClassLoader timerServiceLoader) {
        try (ObjectInputStream in = new HandleInput(Base64.getDecoder().decode(stored), timerServiceLoader)) {
            return in.readObject() instanceof TimerHandle handle ? Optional.of(handle) : Optional.empty();
        } catch (IOException | ClassNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static final class HandleInput extends ObjectInputStream {

        private final ClassLoader loader;

        HandleInput(byte[] bytes, ClassLoader loader) throws IOException {
            super(new ByteArrayInputStream(bytes));
            this.loader = loader;
            setObjectInputFilter(ONLY_HANDLES);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, loader);
            } catch (ClassNotFoundException notThere) {
                Class<?> resolved = super.resolveClass(description);
                if (resolved == null) {
                    throw new InvalidClassException(description.getName());
                }
                return resolved;
            }
        }
    }
}
