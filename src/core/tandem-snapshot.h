/* tandem-snapshot.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SNAPSHOT (tandem_snapshot_get_type ())

G_DECLARE_FINAL_TYPE (TandemSnapshot, tandem_snapshot, TANDEM, SNAPSHOT, TandemObject)

TandemSnapshot *tandem_snapshot_new (void);

G_END_DECLS
