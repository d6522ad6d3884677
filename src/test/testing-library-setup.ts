import { configure } from '@testing-library/react'

// The unit tests share 2 cores with real brokers in CI: give findBy/waitFor room beyond their 1 s default.
configure({ asyncUtilTimeout: 8_000 })
