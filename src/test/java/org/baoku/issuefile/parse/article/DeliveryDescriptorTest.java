package org.baoku.issuefile.parse.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryDescriptorTest {

    private static DeliveryDescriptor parse(String text) {
        return DeliveryDescriptor.parse(Path.of("delivery.properties"), text);
    }

    @Test
    void readsPublicationPageLabelAndEncoding() {
        DeliveryDescriptor descriptor = parse("# a comment\n\npublication = 云江日报\npageLabel=A%02d\r\nencoding=GB18030\n");
        assertEquals("云江日报", descriptor.publication());
        assertEquals("A04", descriptor.pageLabel(4));
        assertEquals(Charset.forName("GB18030"), descriptor.encoding());
        assertEquals(java.util.List.of(), descriptor.findings());
    }

    @Test
    void defaultsAreTwoDigitLabelsAndDetectedEncoding() {
        DeliveryDescriptor descriptor = parse("publication=云江日报");
        assertEquals("04", descriptor.pageLabel(4));
        assertEquals("112", descriptor.pageLabel(112));
        assertNull(descriptor.encoding());
    }

    @Test
    void anUnknownKeyIsAWarningNamingItsLine() {
        DeliveryDescriptor descriptor = parse("publication=云江日报\npublisher=云江日报社\n");
        assertEquals(1, descriptor.findings().size());
        Finding finding = descriptor.findings().get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(DeliveryDescriptor.INVALID, finding.code());
        assertTrue(finding.message().contains("line 2") && finding.message().contains("publisher"), finding.message());
        assertEquals("云江日报", descriptor.publication());
    }

    @Test
    void badValuesAreWarningsAndFallBackToDefaults() {
        DeliveryDescriptor descriptor = parse("pageLabel=A%s%d\nencoding=no-such-charset\nnot a pair\n");
        assertEquals("04", descriptor.pageLabel(4));
        assertNull(descriptor.encoding());
        assertNull(descriptor.publication());
        // the bad format, the bad charset, the line without '=' and the missing publication
        assertEquals(4, descriptor.findings().size(), descriptor.findings().toString());
        assertTrue(descriptor.findings().stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertEquals("04", parse("publication=x\npageLabel=A01").pageLabel(4), "a label without the number is refused");
    }

    @Test
    void anUnreadableFileIsADescriptorWithAWarningNotAnException(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(DeliveryDescriptor.FILE_NAME);
        Files.write(file, new byte[] {'p', '=', (byte) 0xC3, (byte) 0x28});
        DeliveryDescriptor descriptor = DeliveryDescriptor.read(file);
        assertNull(descriptor.publication());
        assertTrue(descriptor.findings().get(0).message().contains("not UTF-8"));
    }
}
