# Throwaway PostgreSQL cluster on loopback for the store and concurrency tests.
# Sourced by .ci/run: defines start_postgres / stop_postgres and exports KPIGUIDE_TEST_PG_URL.
PG_PORT=${PG_PORT:-55432}
PG_DIR=""

start_postgres() {
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        echo "Installing PostgreSQL from Debian's packages" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    local bin
    bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
    PG_DIR=$(mktemp -d /tmp/kpiguide-pg.XXXXXX)
    chown postgres:postgres "$PG_DIR"
    su postgres -s /bin/sh -c "$bin/initdb -D $PG_DIR/data -A trust -U postgres --no-sync" >/dev/null
    su postgres -s /bin/sh -c "$bin/pg_ctl -D $PG_DIR/data -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off' -l $PG_DIR/log -w start" >/dev/null
    su postgres -s /bin/sh -c "$bin/createdb -h 127.0.0.1 -p $PG_PORT -U postgres kpiguide_test"
    export KPIGUIDE_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/kpiguide_test"
    PG_BIN=$bin
    echo "PostgreSQL running for tests at $KPIGUIDE_TEST_PG_URL" >&2
}

stop_postgres() {
    if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
        su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast -w stop" >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
}
