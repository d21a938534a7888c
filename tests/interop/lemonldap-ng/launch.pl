#!/usr/bin/perl
# Starts the LemonLDAP::NG portal (Debian's liblemonldap-ng-portal-perl) as an OpenID provider on 127.0.0.1 on a
# free port, served by Plack's own HTTP server: a fresh file configuration and session store in a temporary directory,
# the "Demo" authentication backend (its built-in users), and three relying parties: one public with PKCE required, one
# confidential allowed the hybrid flow whose consent is pre-approved (a first-party app, so no run depends on whether an
# earlier one consented), and one confidential that asks for consent (used by one probe only, so it always does).
# /javascript is served from /usr/share/javascript, as Debian's javascript-common does for the portal's jQuery and
# Bootstrap. Prints one JSON line on stdout when it serves
# {"issuer", "username", "password", "clients": {"pkce": {...}, "hybrid": {...}, "consent": {...}}, "version"}, and exits
# when stdin closes.
use strict;
use warnings;
use Crypt::OpenSSL::RSA;
use File::Path qw(make_path);
use File::Temp qw(tempdir);
use IO::Socket::INET;
use JSON::PP;
use Lemonldap::NG::Portal ();
use POSIX ();

my $username = 'dwho';    # the Demo backend's users log in with their own name as password
my $password = 'dwho';
my $redirect = 'https://app.example/callback';
my $postLogout = 'https://app.example/logout';

my $dir = tempdir( 'tokenscope-llng-XXXXXX', TMPDIR => 1, CLEANUP => 1 );
make_path( map { "$dir/$_" } qw(conf sessions sessions/lock psessions cache notifications) );

# Bind first, so the port is ours before the configuration names it.
my $sock = IO::Socket::INET->new( Listen => 128, LocalAddr => '127.0.0.1', LocalPort => 0, Proto => 'tcp', ReuseAddr => 1 )
  or die "cannot listen on 127.0.0.1: $!";
my $portal = 'http://127.0.0.1:' . $sock->sockport . '/';
my $issuer = 'http://127.0.0.1:' . $sock->sockport;

my $rsa = Crypt::OpenSSL::RSA->generate_key(2048);
my $hybridSecret = join '', map { ( 'a' .. 'z', 'A' .. 'Z', 0 .. 9 )[ rand 62 ] } 1 .. 32;
my $consentSecret = join '', map { ( 'a' .. 'z', 'A' .. 'Z', 0 .. 9 )[ rand 62 ] } 1 .. 32;
my %storage = ( Directory => "$dir/sessions", LockDirectory => "$dir/sessions/lock" );
my $conf = {
    cfgNum => 1, cfgAuthor => 'tokenscope', cfgDate => time, cfgVersion => $Lemonldap::NG::Portal::VERSION,
    portal => $portal, domain => '127.0.0.1', cookieName => 'lemonldap', securedCookie => 0,
    authentication => 'Demo', userDB => 'Same', passwordDB => 'Demo',
    globalStorage => 'Apache::Session::File', globalStorageOptions => {%storage},
    persistentStorage => 'Apache::Session::File',
    persistentStorageOptions => { Directory => "$dir/psessions", LockDirectory => "$dir/sessions/lock" },
    localSessionStorage => 'Cache::FileCache',
    localSessionStorageOptions => { namespace => 'lemonldap-ng-sessions', cache_root => "$dir/cache", cache_depth => 3, default_expires_in => 600 },
    notification => 0, loginHistoryEnabled => 0, portalSkin => 'bootstrap', whatToTrace => 'uid', timeout => 72000,
    exportedVars => { UA => 'HTTP_USER_AGENT' },
    locationRules => { '127.0.0.1' => { default => 'accept' } },
    issuerDBOpenIDConnectActivation => 1,
    oidcServiceMetaDataIssuer => $issuer,
    oidcServicePrivateKeySig => $rsa->get_private_key_string,
    oidcServicePublicKeySig => $rsa->get_public_key_x509_string,
    oidcServiceKeyIdSig => 'tokenscope-interop',
    oidcServiceAllowHybridFlow => 1,
    oidcServiceAllowImplicitFlow => 0,
    oidcRPMetaDataOptions => {
        pkce => {
            oidcRPMetaDataOptionsClientID => 'tokenscope-pkce', oidcRPMetaDataOptionsPublic => 1,
            oidcRPMetaDataOptionsRequirePKCE => 1, oidcRPMetaDataOptionsRedirectUris => $redirect, oidcRPMetaDataOptionsPostLogoutRedirectUris => $postLogout,
            oidcRPMetaDataOptionsIDTokenSignAlg => 'RS256', oidcRPMetaDataOptionsRefreshToken => 1,
            oidcRPMetaDataOptionsDisplayName => 'Tokenscope (code + PKCE)',
        },
        hybrid => {
            oidcRPMetaDataOptionsClientID => 'tokenscope-hybrid', oidcRPMetaDataOptionsClientSecret => $hybridSecret,
            oidcRPMetaDataOptionsRedirectUris => $redirect, oidcRPMetaDataOptionsPostLogoutRedirectUris => $postLogout, oidcRPMetaDataOptionsIDTokenSignAlg => 'RS256',
            oidcRPMetaDataOptionsRefreshToken => 1, oidcRPMetaDataOptionsDisplayName => 'Tokenscope (hybrid)',
            oidcRPMetaDataOptionsBypassConsent => 1,
        },
        consent => {
            oidcRPMetaDataOptionsClientID => 'tokenscope-consent', oidcRPMetaDataOptionsClientSecret => $consentSecret,
            oidcRPMetaDataOptionsRedirectUris => $redirect, oidcRPMetaDataOptionsPostLogoutRedirectUris => $postLogout, oidcRPMetaDataOptionsIDTokenSignAlg => 'RS256',
            oidcRPMetaDataOptionsRefreshToken => 1, oidcRPMetaDataOptionsDisplayName => 'Tokenscope (asks for consent)',
        },
    },
    oidcRPMetaDataExportedVars => {
        pkce    => { email => 'mail', name => 'cn', family_name => 'sn' },
        hybrid  => { email => 'mail', name => 'cn', family_name => 'sn' },
        consent => { email => 'mail', name => 'cn', family_name => 'sn' },
    },
};
open my $cf, '>', "$dir/conf/lmConf-1.json" or die $!;
print $cf JSON::PP->new->canonical->encode($conf);
close $cf;

open my $ini, '>', "$dir/lemonldap-ng.ini" or die $!;
print $ini <<"INI";
[all]
logLevel = error
checkTime = 1
[configuration]
type = File
dirName = $dir/conf
[portal]
staticPrefix = /static
templateDir = /usr/share/lemonldap-ng/portal/templates
languages = en
INI
close $ini;
$ENV{LLNG_DEFAULTCONFFILE} = "$dir/lemonldap-ng.ini";

require Lemonldap::NG::Portal::Main;
require Plack::Builder;
require Plack::App::File;
require HTTP::Server::PSGI;
my $app = Plack::Builder::builder(
    sub {
        Plack::Builder::mount( '/static' => Plack::App::File->new( root => '/usr/share/lemonldap-ng/portal/htdocs/static' )->to_app );
        Plack::Builder::mount( '/javascript' => Plack::App::File->new( root => '/usr/share/javascript' )->to_app );
        Plack::Builder::mount( '/' => Lemonldap::NG::Portal::Main->run( {} ) );
    }
);

my $pid = fork() // die "fork: $!";
if ( $pid == 0 ) {
    HTTP::Server::PSGI->new( listen_sock => $sock )->run($app);
    POSIX::_exit(0);
}
$sock->close;
# Terminated instead of closing stdin: stop the server too, and leave through exit so the temporary directory goes.
$SIG{TERM} = $SIG{INT} = sub { kill 'TERM', $pid; waitpid $pid, 0; exit 0 };
$| = 1;
print JSON::PP->new->canonical->encode( {
    issuer => $issuer, provider => 'LemonLDAP::NG', version => $Lemonldap::NG::Portal::VERSION,
    username => $username, password => $password,
    clients => {
        pkce   => { clientId => 'tokenscope-pkce', redirectUri => $redirect, postLogoutRedirectUri => $postLogout, tokenEndpointAuth => 'none' },
        hybrid => { clientId => 'tokenscope-hybrid', clientSecret => $hybridSecret, redirectUri => $redirect, postLogoutRedirectUri => $postLogout,
                    tokenEndpointAuth => 'client_secret_basic' },
        consent => { clientId => 'tokenscope-consent', clientSecret => $consentSecret, redirectUri => $redirect, postLogoutRedirectUri => $postLogout,
                     tokenEndpointAuth => 'client_secret_basic' },
    },
} ), "\n";
1 while <STDIN>;    # until EOF: the test closed our stdin
kill 'TERM', $pid;
waitpid $pid, 0;
