#!/usr/bin/env bash
# `make demo`: not built yet (issue: dashboard and demo data). Says so instead of pretending.
echo "make demo: the demo data generator is not built yet (see the open issue 'Dashboard page and realistic demo data')." >&2
exit 2
