/* tandem-person.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-person"

#include "config.h"

#include "tandem-core-enums.h"
#include "tandem-person.h"

/* Someone on either team: a card's PM or PMM owner, an interviewer, an author. */
struct _TandemPerson
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemPerson, tandem_person, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "name", .type = TANDEM_FIELD_STRING, .required = TRUE },
  { .name = "team", .type = TANDEM_FIELD_ENUM, .enum_type = tandem_team_get_type },
};

static void
tandem_person_class_init (TandemPersonClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "person", "p",
                                      fields, G_N_ELEMENTS (fields), G_TYPE_NONE);
}

static void
tandem_person_init (TandemPerson *self)
{
}

TandemPerson *
tandem_person_new (void)
{
  return g_object_new (TANDEM_TYPE_PERSON, NULL);
}
