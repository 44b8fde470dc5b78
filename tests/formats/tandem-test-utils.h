/* tandem-test-utils.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

void  tandem_test_assert_schema_valid (const char *xml);
guint tandem_test_scale               (guint       full,
                                       guint       quick);
