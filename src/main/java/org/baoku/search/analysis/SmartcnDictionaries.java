package org.baoku.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;

/**
 * Loads smartcn's two dictionaries before its segmenter first needs them. smartcn reads them from Java
 * serialization files in its jar ({@code coredict.mem}, {@code bigramdict.mem}: arrays of up to 402,137
 * entries), and WildFly starts the JVM with a JDK-wide deserialization filter
 * ({@code -Djdk.serialFilter=…maxarray=100000…}, bin/standalone.conf) that rejects them: the segmenter
 * then fails with "Can not find lexical dictionary directory". Rather than weaken that filter for the
 * whole server, this reads the same files through a stream of its own whose filter admits primitive
 * arrays only (no class at all can be instantiated) up to 32 MB, and hands the tables to smartcn's
 * dictionary singletons — in the order and the fields smartcn 9.11's own loaders use; the unit test
 * runs under WildFly's filter and fails if a Lucene upgrade changes them.
 */
final class SmartcnDictionaries {

    private static final String PACKAGE = "org.apache.lucene.analysis.cn.smart.hhmm.";

    /** Only arrays of primitives (every class is refused), and a bound on the bytes read. */
    private static final ObjectInputFilter PRIMITIVE_ARRAYS_ONLY =
            ObjectInputFilter.Config.createFilter("maxbytes=33554432;maxdepth=8;!*");

    private static boolean loaded;

    private SmartcnDictionaries() {
    }

    /** Idempotent; after it, smartcn's {@code getInstance()} returns the loaded dictionaries. */
    static synchronized void load() {
        if (loaded) {
            return;
        }
        try {
            install("WordDictionary", "coredict.mem",
                    "wordIndexTable", "charIndexTable", "wordItem_charArrayTable", "wordItem_frequencyTable");
            install("BigramDictionary", "bigramdict.mem", "bigramHashTable", "frequencyTable");
            loaded = true;
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("cannot load smartcn's dictionaries (Lucene " + PACKAGE
                    + "): " + e, e);
        }
    }

    private static void install(String className, String resource, String... fieldsInFileOrder)
            throws ReflectiveOperationException, IOException {
        Class<?> type = Class.forName(PACKAGE + className, true, SmartcnDictionaries.class.getClassLoader());
        Field singleton = type.getDeclaredField("singleInstance");
        singleton.setAccessible(true);
        if (singleton.get(null) != null) {
            return; // loaded already (a JVM without the filter, or an earlier deployment of this class)
        }
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object dictionary = constructor.newInstance();
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not beside " + type.getName());
            }
            ObjectInputStream objects = new ObjectInputStream(in);
            objects.setObjectInputFilter(PRIMITIVE_ARRAYS_ONLY);
            for (String name : fieldsInFileOrder) {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(dictionary, objects.readObject());
            }
        }
        singleton.set(null, dictionary);
    }
}
