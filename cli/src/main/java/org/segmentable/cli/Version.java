package org.segmentable.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The tool's version, from {@code version.properties}, which the build fills with the POM's version.
 *
 * <p>{@code segmentable --version} prints e.g. {@code segmentable 0.1.0}.
 */
final class Version implements IVersionProvider {

    /** The POM version the tool was built from, or {@code "unknown"} outside a build. */
    static String number() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"segmentable " + number()};
    }
}
