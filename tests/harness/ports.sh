# ports.sh: free loopback ports for the private servers of the tests and the benchmark
# (bash; sourced).  Set next_port first; `pick_port NAME` sets NAME to a free port.

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {   # VARIABLE
	while ! port_free "$next_port"; do next_port=$((next_port + 1)); done
	printf -v "$1" '%s' "$next_port"
	next_port=$((next_port + 1))
}
