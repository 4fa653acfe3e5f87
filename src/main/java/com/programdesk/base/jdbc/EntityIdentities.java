package com.programdesk.base.jdbc;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * The {@code @Id} and {@code @Version} values of the entities passed to a service method, to put
 * back before the method runs again. Spring Data JDBC sets both on a mutable entity it saves; after
 * a rolled-back attempt a new row would look stored and an edited one a version ahead, and the
 * second attempt would update nothing or report a conflict that never happened.
 */
final class EntityIdentities {

    private static final int DEPTH = 3;
    /** The instance fields of a class and its superclasses, made accessible once. */
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    private record Saved(Object owner, Field field, Object value) {
    }

    private final List<Saved> saved = new ArrayList<>();

    /** Nothing to put back (a method that only reads). */
    static final EntityIdentities NONE = new EntityIdentities();

    static EntityIdentities of(Object[] arguments) {
        EntityIdentities identities = new EntityIdentities();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Object argument : arguments) {
            identities.collect(argument, DEPTH, seen);
        }
        return identities;
    }

    void restore() {
        for (Saved value : saved) {
            try {
                value.field().set(value.owner(), value.value());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void collect(Object value, int depth, Map<Object, Boolean> seen) {
        if (value == null || depth == 0 || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> elements) {
            elements.forEach(element -> collect(element, depth - 1, seen));
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.values().forEach(element -> collect(element, depth - 1, seen));
            return;
        }
        Class<?> type = value.getClass();
        if (type.isRecord() || type.isEnum() || !type.getName().startsWith("com.programdesk.")) {
            return;
        }
        for (Field field : FIELDS.get(type)) {
            Object current = get(field, value);
            if (field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(Version.class)) {
                saved.add(new Saved(value, field, current));
            } else {
                collect(current, depth - 1, seen);
            }
        }
    }

    private static Object get(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
