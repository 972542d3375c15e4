package tls

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"strings"
	"sync"
)

// verifyResult is the outcome of checking the peer's chain, as OpenSSL
// names it (code and reason); empty when the chain is trusted. Node does
// the check during the handshake and decides afterwards, in JS, whether
// to go on (rejectUnauthorized), so crypto/tls's own check is off and the
// chain is verified in VerifyConnection, which only records.
type verifyResult struct {
	mu      sync.Mutex
	code    string
	message string
}

func (v *verifyResult) get() (string, string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.code, v.message
}

// tlsOptions are what JS hands over for one connection.
type tlsOptions struct {
	server                 bool
	certs                  []tls.Certificate
	ca                     *x509.CertPool // nil: the system's roots
	serverName             string
	alpn                   []string
	requestCert            bool
	minVersion, maxVersion uint16
}

func (o *tlsOptions) config(v *verifyResult) *tls.Config {
	cfg := &tls.Config{
		Certificates:       o.certs,
		ServerName:         o.serverName,
		NextProtos:         o.alpn,
		InsecureSkipVerify: true,
		MinVersion:         o.minVersion,
		MaxVersion:         o.maxVersion,
	}
	if o.server {
		cfg.InsecureSkipVerify = false
		if o.requestCert {
			cfg.ClientAuth = tls.RequestClientCert
		}
	}
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		if o.server && len(cs.PeerCertificates) == 0 {
			if o.requestCert {
				v.mu.Lock()
				v.code, v.message = "UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate"
				v.mu.Unlock()
			}
			return nil
		}
		code, msg := verifyChain(cs.PeerCertificates, o.ca, o.server)
		v.mu.Lock()
		v.code, v.message = code, msg
		v.mu.Unlock()
		return nil
	}
	return cfg
}

// verifyChain checks certs against roots (the system's when nil) without
// the host name, which JS checks (checkServerIdentity), and names a
// failure as OpenSSL does.
func verifyChain(certs []*x509.Certificate, roots *x509.CertPool, clientCert bool) (string, string) {
	if len(certs) == 0 {
		return "UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate"
	}
	inter := x509.NewCertPool()
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	usage := x509.ExtKeyUsageServerAuth
	if clientCert {
		usage = x509.ExtKeyUsageClientAuth
	}
	_, err := certs[0].Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, KeyUsages: []x509.ExtKeyUsage{usage}})
	if err == nil {
		return "", ""
	}
	var unknown x509.UnknownAuthorityError
	var invalid x509.CertificateInvalidError
	switch {
	case errors.As(err, &unknown):
		leaf := certs[0]
		if len(certs) == 1 && leaf.CheckSignatureFrom(leaf) == nil {
			return "DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"
		}
		if len(certs) > 1 {
			top := certs[len(certs)-1]
			if top.CheckSignatureFrom(top) == nil {
				return "SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"
			}
		}
		return "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"
	case errors.As(err, &invalid):
		switch invalid.Reason {
		case x509.Expired:
			if strings.Contains(invalid.Detail, "not yet valid") || strings.Contains(err.Error(), "before") {
				return "CERT_NOT_YET_VALID", "certificate is not yet valid"
			}
			return "CERT_HAS_EXPIRED", "certificate has expired"
		case x509.IncompatibleUsage:
			return "INVALID_PURPOSE", "unsupported certificate purpose"
		}
	}
	return "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"
}

// tlsVersions maps Node's protocol names to crypto/tls's.
var tlsVersions = map[string]uint16{
	"TLSv1": tls.VersionTLS10, "TLSv1.1": tls.VersionTLS11, "TLSv1.2": tls.VersionTLS12, "TLSv1.3": tls.VersionTLS13,
}

func versionName(v uint16) string {
	for name, n := range tlsVersions {
		if n == v {
			return name
		}
	}
	return "unknown"
}
