// CircRegistry
