/* tandem-format-private.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-format.h"
#include "tandem-object-private.h"

G_BEGIN_DECLS

GBytes *_tandem_xml_write_frozen (TandemFrozenObject *workspace);

G_END_DECLS
