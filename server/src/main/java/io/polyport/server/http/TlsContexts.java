package io.polyport.server.http;

import io.polyport.server.config.TlsConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Builds the server's {@link SSLContext} from {@code server.tls}: PEM certificate chain and key, or PKCS#12. */
final class TlsContexts {
    private static final String PEM_KEY_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_KEY_END = "-----END PRIVATE KEY-----";

    private TlsContexts() {
    }

    static SSLContext load(TlsConfig tls) {
        try {
            char[] password = tls.keystorePassword() == null ? new char[0] : tls.keystorePassword().toCharArray();
            KeyStore keys = tls.keystore() != null ? KeyStore.getInstance(tls.keystore().toFile(), password)
                    : fromPem(tls.certificate(), tls.privateKey(), password);
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("server.tls: cannot read " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("server.tls: unusable certificate or key: " + e.getMessage(), e);
        }
    }

    private static KeyStore fromPem(Path certificateFile, Path keyFile, char[] password)
            throws IOException, GeneralSecurityException {
        List<? extends Certificate> chain;
        try (InputStream in = Files.newInputStream(certificateFile)) {
            chain = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
        }
        if (chain.isEmpty()) {
            throw new GeneralSecurityException(certificateFile + " holds no certificate");
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("polyport", privateKey(keyFile), password, chain.toArray(Certificate[]::new));
        return store;
    }

    private static PrivateKey privateKey(Path keyFile) throws IOException, GeneralSecurityException {
        String pem = Files.readString(keyFile, StandardCharsets.US_ASCII);
        int begin = pem.indexOf(PEM_KEY_BEGIN);
        int end = pem.indexOf(PEM_KEY_END);
        if (begin < 0 || end < begin) {
            throw new GeneralSecurityException(keyFile + " holds no PKCS#8 key (" + PEM_KEY_BEGIN + ")");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + PEM_KEY_BEGIN.length(), end));
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        GeneralSecurityException last = null;
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw last;
    }
}
