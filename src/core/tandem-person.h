/* tandem-person.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PERSON (tandem_person_get_type ())

G_DECLARE_FINAL_TYPE (TandemPerson, tandem_person, TANDEM, PERSON, TandemObject)

TandemPerson *tandem_person_new (void);

G_END_DECLS
