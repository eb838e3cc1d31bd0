///`Datetime`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Datetime(
    #[serde(
        deserialize_with = "::plain_webhooks::__private::datetime::deserialize",
        serialize_with = "::plain_webhooks::__private::datetime::serialize"
    )]
    pub ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
);
impl ::std::ops::Deref for Datetime {
    type Target = ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >;
    fn deref(
        &self,
    ) -> &::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    > {
        &self.0
    }
}
impl ::std::convert::From<Datetime>
for ::plain_webhooks::__private::chrono::DateTime<
    ::plain_webhooks::__private::chrono::offset::Utc,
> {
    fn from(value: Datetime) -> Self {
        value.0
    }
}
impl ::std::convert::From<
    ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    >,
> for Datetime {
    fn from(
        value: ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::offset::Utc,
        >,
    ) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for Datetime {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for Datetime {
    type Err = <::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    > as ::std::str::FromStr>::Err;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.parse()?))
    }
}
impl ::std::convert::TryFrom<&str> for Datetime {
    type Error = <::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    > as ::std::str::FromStr>::Err;
    fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<String> for Datetime {
    type Error = <::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::offset::Utc,
    > as ::std::str::FromStr>::Err;
    fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
        value.parse()
    }
}
///An email arrived (its suffix collides with thread.email_received).
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct EmailReceivedPayload {
    #[serde(rename = "eventType")]
    pub event_type: EmailReceivedPayloadEventType,
    pub subject: ::std::string::String,
}
///`EmailReceivedPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum EmailReceivedPayloadEventType {
    #[serde(rename = "email.email_received")]
    EmailEmailReceived,
}
impl ::std::fmt::Display for EmailReceivedPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::EmailEmailReceived => f.write_str("email.email_received"),
        }
    }
}
impl ::std::str::FromStr for EmailReceivedPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "email.email_received" => Ok(Self::EmailEmailReceived),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for EmailReceivedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for EmailReceivedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`Group`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Group {
    pub key: ::std::string::String,
}
///`GroupChangedPayloadAdded`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct GroupChangedPayloadAdded {
    #[serde(rename = "eventType")]
    pub event_type: GroupChangedPayloadAddedEventType,
    pub group: Group,
}
///`GroupChangedPayloadAddedEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum GroupChangedPayloadAddedEventType {
    #[serde(rename = "group.group_changed")]
    GroupGroupChanged,
}
impl ::std::fmt::Display for GroupChangedPayloadAddedEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::GroupGroupChanged => f.write_str("group.group_changed"),
        }
    }
}
impl ::std::str::FromStr for GroupChangedPayloadAddedEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "group.group_changed" => Ok(Self::GroupGroupChanged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for GroupChangedPayloadAddedEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for GroupChangedPayloadAddedEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`GroupChangedPayloadRemoved`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct GroupChangedPayloadRemoved {
    #[serde(rename = "eventType")]
    pub event_type: GroupChangedPayloadRemovedEventType,
    #[serde(rename = "previousGroup")]
    pub previous_group: Group,
}
///`GroupChangedPayloadRemovedEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum GroupChangedPayloadRemovedEventType {
    #[serde(rename = "group.group_changed")]
    GroupGroupChanged,
}
impl ::std::fmt::Display for GroupChangedPayloadRemovedEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::GroupGroupChanged => f.write_str("group.group_changed"),
        }
    }
}
impl ::std::str::FromStr for GroupChangedPayloadRemovedEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "group.group_changed" => Ok(Self::GroupGroupChanged),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for GroupChangedPayloadRemovedEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for GroupChangedPayloadRemovedEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`Id`
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Id(::std::string::String);
impl ::std::ops::Deref for Id {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<Id> for ::std::string::String {
    fn from(value: Id) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for Id {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if ::plain_webhooks::__private::strings::chars_above(value, 50usize) {
            return Err("longer than 50 characters".into());
        }
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
            return Err("shorter than 1 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<
            ::plain_webhooks::__private::pattern::Regex,
        > = ::std::sync::LazyLock::new(|| {
            ::plain_webhooks::__private::pattern::Regex::new(
                    "^[a-zA-Z]+_[0123456789ABCDEFGHJKMNPQRSTVWXYZ]{26}$",
                )
                .unwrap()
        });
        if !PATTERN.is_match(value) {
            return Err(
                "doesn't match pattern \"^[a-zA-Z]+_[0123456789ABCDEFGHJKMNPQRSTVWXYZ]{26}$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for Id {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for Id {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for Id {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///A note on a thread.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Note {
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "deletedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deleted_at: ::std::option::Option<Datetime>,
    #[serde(rename = "editedBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub edited_by: ::std::option::Option<InternalActor>,
    pub id: Id,
    pub markdown: NullableString,
    pub status: NoteStatus,
    pub tags: ::std::vec::Vec<NoteTagsItem>,
    pub text: NoteText,
}
///A note was created.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NoteCreatedPayload {
    #[serde(rename = "eventType")]
    pub event_type: NoteCreatedPayloadEventType,
    pub note: Note,
    #[serde(rename = "noteText", skip_serializing_if = "::std::option::Option::is_none")]
    pub note_text: ::std::option::Option<NoteText>,
}
///`NoteCreatedPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum NoteCreatedPayloadEventType {
    #[serde(rename = "note.note_created")]
    NoteNoteCreated,
}
impl ::std::fmt::Display for NoteCreatedPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::NoteNoteCreated => f.write_str("note.note_created"),
        }
    }
}
impl ::std::str::FromStr for NoteCreatedPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "note.note_created" => Ok(Self::NoteNoteCreated),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for NoteCreatedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for NoteCreatedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`NoteDeletedPayload`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NoteDeletedPayload {
    #[serde(rename = "eventType")]
    pub event_type: NoteDeletedPayloadEventType,
    #[serde(rename = "previousNote")]
    pub previous_note: Note,
}
///`NoteDeletedPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum NoteDeletedPayloadEventType {
    #[serde(rename = "note.note_deleted")]
    NoteNoteDeleted,
}
impl ::std::fmt::Display for NoteDeletedPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::NoteNoteDeleted => f.write_str("note.note_deleted"),
        }
    }
}
impl ::std::str::FromStr for NoteDeletedPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "note.note_deleted" => Ok(Self::NoteNoteDeleted),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for NoteDeletedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for NoteDeletedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`NoteStatusPublished`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NoteStatusPublished {
    #[serde(rename = "publishedAt")]
    pub published_at: Datetime,
}
///`NoteTagsItem`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum NoteTagsItem {
    #[serde(rename = "urgent")]
    Urgent,
    #[serde(rename = "billing")]
    Billing,
    #[serde(rename = "bug_report")]
    BugReport,
}
impl ::std::fmt::Display for NoteTagsItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Urgent => f.write_str("urgent"),
            Self::Billing => f.write_str("billing"),
            Self::BugReport => f.write_str("bug_report"),
        }
    }
}
impl ::std::str::FromStr for NoteTagsItem {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "urgent" => Ok(Self::Urgent),
            "billing" => Ok(Self::Billing),
            "bug_report" => Ok(Self::BugReport),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for NoteTagsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for NoteTagsItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///The note's text.
#[derive(
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NoteText(::std::string::String);
impl ::std::ops::Deref for NoteText {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<NoteText> for ::std::string::String {
    fn from(value: NoteText) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for NoteText {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if ::plain_webhooks::__private::strings::chars_below(value, 1usize) {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for NoteText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for NoteText {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for NoteText {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    {
        ::plain_webhooks::__private::strings::deserialize_from_str(deserializer)
    }
}
///`NullableString`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(transparent)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NullableString(pub ::std::option::Option<::std::string::String>);
impl ::std::ops::Deref for NullableString {
    type Target = ::std::option::Option<::std::string::String>;
    fn deref(&self) -> &::std::option::Option<::std::string::String> {
        &self.0
    }
}
impl ::std::convert::From<NullableString>
for ::std::option::Option<::std::string::String> {
    fn from(value: NullableString) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<::std::string::String>>
for NullableString {
    fn from(value: ::std::option::Option<::std::string::String>) -> Self {
        Self(value)
    }
}
///`SystemActor`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct SystemActor {
    pub system: ::std::string::String,
}
///An email reached a thread.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadEmailReceivedPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadEmailReceivedPayloadEventType,
    pub subject: ::std::string::String,
}
///`ThreadEmailReceivedPayloadEventType`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum ThreadEmailReceivedPayloadEventType {
    #[serde(rename = "thread.email_received")]
    ThreadEmailReceived,
}
impl ::std::fmt::Display for ThreadEmailReceivedPayloadEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::ThreadEmailReceived => f.write_str("thread.email_received"),
        }
    }
}
impl ::std::str::FromStr for ThreadEmailReceivedPayloadEventType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "thread.email_received" => Ok(Self::ThreadEmailReceived),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ThreadEmailReceivedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for ThreadEmailReceivedPayloadEventType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///A person in the workspace.
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct UserActor {
    #[serde(rename = "userId")]
    pub user_id: Id,
}
///`WebhookMetadata`
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize,
    Clone,
    Debug,
    PartialEq
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct WebhookMetadata {
    #[serde(rename = "webhookDeliveryAttemptId")]
    pub webhook_delivery_attempt_id: Id,
    #[serde(rename = "webhookDeliveryAttemptNumber")]
    pub webhook_delivery_attempt_number: ::std::num::NonZeroU64,
    #[serde(rename = "webhookDeliveryAttemptTimestamp")]
    pub webhook_delivery_attempt_timestamp: Datetime,
    #[serde(rename = "webhookTargetId")]
    pub webhook_target_id: Id,
    ///The webhook target version this delivery was made for. This schema describes version `2025-01-01`.
    #[serde(
        rename = "webhookTargetVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub webhook_target_version: ::std::option::Option<::std::string::String>,
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Datetime {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(Self(r.datetime()?))
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for EmailReceivedPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl EmailReceivedPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<EmailReceivedPayloadEventType> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "subject" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            subject: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for EmailReceivedPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "email.email_received" => {
                ::core::option::Option::Some(Self::EmailEmailReceived)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Group {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl Group {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "key" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { key: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for GroupChangedPayloadAdded {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl GroupChangedPayloadAdded {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<GroupChangedPayloadAddedEventType> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Group> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "group" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            group: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for GroupChangedPayloadAddedEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "group.group_changed" => {
                ::core::option::Option::Some(Self::GroupGroupChanged)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for GroupChangedPayloadRemoved {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl GroupChangedPayloadRemoved {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<GroupChangedPayloadRemovedEventType> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Group> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "previousGroup" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            previous_group: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for GroupChangedPayloadRemovedEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "group.group_changed" => {
                ::core::option::Option::Some(Self::GroupGroupChanged)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Id {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Note {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl Note {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Actor> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<::std::option::Option<Datetime>> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<::std::option::Option<InternalActor>> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<NullableString> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<NoteStatus> = ::core::option::Option::None;
        let mut __f6: ::core::option::Option<::std::vec::Vec<NoteTagsItem>> = ::core::option::Option::None;
        let mut __f7: ::core::option::Option<NoteText> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "createdBy" => r.field(&mut __f0)?,
                "deletedAt" => r.field(&mut __f1)?,
                "editedBy" => r.field(&mut __f2)?,
                "id" => r.field(&mut __f3)?,
                "markdown" => r.field(&mut __f4)?,
                "status" => r.field(&mut __f5)?,
                "tags" => r.field(&mut __f6)?,
                "text" => r.field(&mut __f7)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            created_by: __f0?,
            deleted_at: __f1.unwrap_or(::core::option::Option::None),
            edited_by: __f2.unwrap_or(::core::option::Option::None),
            id: __f3?,
            markdown: __f4?,
            status: __f5?,
            tags: __f6?,
            text: __f7?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NoteCreatedPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl NoteCreatedPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<NoteCreatedPayloadEventType> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Note> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<::std::option::Option<NoteText>> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "note" => r.field(&mut __f1)?,
                "noteText" => r.field(&mut __f2)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            note: __f1?,
            note_text: __f2.unwrap_or(::core::option::Option::None),
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for NoteCreatedPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "note.note_created" => ::core::option::Option::Some(Self::NoteNoteCreated),
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NoteDeletedPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl NoteDeletedPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<NoteDeletedPayloadEventType> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Note> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "previousNote" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            previous_note: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for NoteDeletedPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "note.note_deleted" => ::core::option::Option::Some(Self::NoteNoteDeleted),
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NoteStatusPublished {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl NoteStatusPublished {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Datetime> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "publishedAt" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { published_at: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NoteTagsItem {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "urgent" => ::core::option::Option::Some(Self::Urgent),
            "billing" => ::core::option::Option::Some(Self::Billing),
            "bug_report" => ::core::option::Option::Some(Self::BugReport),
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NoteText {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.parsed()
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NullableString {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            Self(::plain_webhooks::__private::fast::Fast::fast(r)?),
        )
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for SystemActor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl SystemActor {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "system" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { system: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for ThreadEmailReceivedPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl ThreadEmailReceivedPayload {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<ThreadEmailReceivedPayloadEventType> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "eventType" => r.field(&mut __f0)?,
                "subject" => r.field(&mut __f1)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            event_type: __f0?,
            subject: __f1?,
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r>
for ThreadEmailReceivedPayloadEventType {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.str()? {
            "thread.email_received" => {
                ::core::option::Option::Some(Self::ThreadEmailReceived)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for UserActor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl UserActor {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Id> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "userId" => r.field(&mut __f0)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self { user_id: __f0? })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for WebhookMetadata {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl WebhookMetadata {
    #[inline]
    fn __fields<'__r>(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<::std::num::NonZeroU64> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<
            ::std::option::Option<::std::string::String>,
        > = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "webhookDeliveryAttemptId" => r.field(&mut __f0)?,
                "webhookDeliveryAttemptNumber" => r.field(&mut __f1)?,
                "webhookDeliveryAttemptTimestamp" => r.field(&mut __f2)?,
                "webhookTargetId" => r.field(&mut __f3)?,
                "webhookTargetVersion" => r.field(&mut __f4)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            webhook_delivery_attempt_id: __f0?,
            webhook_delivery_attempt_number: __f1?,
            webhook_delivery_attempt_timestamp: __f2?,
            webhook_target_id: __f3?,
            webhook_target_version: __f4.unwrap_or(::core::option::Option::None),
        })
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for Actor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("actorType")? {
            "UNKNOWN" => {
                r.rest_ignored("actorType")?;
                ::core::option::Option::Some(Self::Unknown)
            }
            "user" => {
                <UserActor as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::User)
            }
            "system" => {
                <SystemActor as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::System)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// Who did it.
///
/// One of 3 kinds, told apart by `actorType` (`#/definitions/actor`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "actorType")]
pub enum Actor {
    /// `actorType: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `actorType: "user"`
    #[serde(rename = "user")]
    User(UserActor),
    /// `actorType: "system"`
    #[serde(rename = "system")]
    System(SystemActor),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for Actor {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
impl ::plain_webhooks::__private::tagged::Tagged for Actor {
    const NAME: &'static str = "Actor";
    const TAG: &'static str = "actorType";
    const VARIANTS: &'static [&'static str] = &["UNKNOWN", "user", "system"];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "user" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::User),
            "system" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::System)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for GroupChangedPayload {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("changeType")? {
            "ADDED" => {
                <GroupChangedPayloadAdded as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "changeType")
                    .map(Self::Added)
            }
            "REMOVED" => {
                <GroupChangedPayloadRemoved as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "changeType")
                    .map(Self::Removed)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// A group was added, updated or removed.
///
/// One of 2 kinds, told apart by `changeType` (`#/definitions/groupChangedPayload`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "changeType")]
pub enum GroupChangedPayload {
    /// `changeType: "ADDED"`
    #[serde(rename = "ADDED")]
    Added(GroupChangedPayloadAdded),
    /// `changeType: "REMOVED"`
    #[serde(rename = "REMOVED")]
    Removed(GroupChangedPayloadRemoved),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for GroupChangedPayload {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
impl ::plain_webhooks::__private::tagged::Tagged for GroupChangedPayload {
    const NAME: &'static str = "GroupChangedPayload";
    const TAG: &'static str = "changeType";
    const VARIANTS: &'static [&'static str] = &["ADDED", "REMOVED"];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "ADDED" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Added),
            "REMOVED" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Removed)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for InternalActor {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("actorType")? {
            "UNKNOWN" => {
                r.rest_ignored("actorType")?;
                ::core::option::Option::Some(Self::Unknown)
            }
            "user" => {
                <UserActor as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::User)
            }
            "system" => {
                <SystemActor as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "actorType")
                    .map(Self::System)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// One of 3 kinds, told apart by `actorType` (`#/definitions/internalActor`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "actorType")]
pub enum InternalActor {
    /// `actorType: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `actorType: "user"`
    #[serde(rename = "user")]
    User(UserActor),
    /// `actorType: "system"`
    #[serde(rename = "system")]
    System(SystemActor),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for InternalActor {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
impl ::plain_webhooks::__private::tagged::Tagged for InternalActor {
    const NAME: &'static str = "InternalActor";
    const TAG: &'static str = "actorType";
    const VARIANTS: &'static [&'static str] = &["UNKNOWN", "user", "system"];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "user" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::User),
            "system" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::System)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
impl<'__r> ::plain_webhooks::__private::fast::Fast<'__r> for NoteStatus {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'__r>,
    ) -> ::core::option::Option<Self> {
        match &*r.tag("state")? {
            "DRAFT" => {
                r.rest_ignored("state")?;
                ::core::option::Option::Some(Self::Draft)
            }
            "PUBLISHED" => {
                <NoteStatusPublished as ::plain_webhooks::__private::fast::Fast<
                    '__r,
                >>::fast_rest(r, "state")
                    .map(Self::Published)
            }
            _ => ::core::option::Option::None,
        }
    }
}
/// Where the note is in its life.
///
/// One of 2 kinds, told apart by `state` (`#/definitions/noteStatus`).
#[derive(Clone, Debug, PartialEq, ::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde", tag = "state")]
pub enum NoteStatus {
    /// `state: "DRAFT"`
    #[serde(rename = "DRAFT")]
    Draft,
    /// `state: "PUBLISHED"`
    #[serde(rename = "PUBLISHED")]
    Published(NoteStatusPublished),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for NoteStatus {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
impl ::plain_webhooks::__private::tagged::Tagged for NoteStatus {
    const NAME: &'static str = "NoteStatus";
    const TAG: &'static str = "state";
    const VARIANTS: &'static [&'static str] = &["DRAFT", "PUBLISHED"];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "DRAFT" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Draft)
            }
            "PUBLISHED" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Published)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// The webhook target version this schema describes
/// (`webhookMetadata.webhookTargetVersion`); `None` for revisions
/// from before Plain versioned its webhooks.
pub const SCHEMA_VERSION: ::core::option::Option<&'static str> = ::core::option::Option::Some(
    "2025-01-01",
);
/// Every event type this schema lists, in the schema's order.
pub const EVENT_TYPES: &[&str] = &[
    "note.note_created",
    "note.note_deleted",
    "thread.email_received",
    "email.email_received",
    "group.group_changed",
    "note.note_archived",
];
/// The payload of one webhook delivery, by event type.
#[derive(Clone, Debug)]
pub enum Event {
    /// `note.note_created`: A note was created.
    NoteCreated(::std::boxed::Box<NoteCreatedPayload>),
    /// `note.note_deleted`.
    NoteDeleted(::std::boxed::Box<NoteDeletedPayload>),
    /// `thread.email_received`: An email reached a thread.
    ThreadEmailReceived(::std::boxed::Box<ThreadEmailReceivedPayload>),
    /// `email.email_received`: An email arrived (its suffix collides with thread.email_received).
    EmailEmailReceived(::std::boxed::Box<EmailReceivedPayload>),
    /// `group.group_changed`: A group was added, updated or removed.
    GroupChanged(::std::boxed::Box<GroupChangedPayload>),
    /// `note.note_archived`: listed by the schema, which defines no payload for it; the payload as raw JSON.
    NoteArchived(::std::boxed::Box<::plain_webhooks::__private::RawValue>),
    /// An event type this schema does not list (Plain adds event
    /// types over time; an unknown one is not an error).
    Unknown {
        /// The `type` of the request body.
        event_type: ::std::string::String,
        /// The payload, as raw JSON.
        payload: ::std::boxed::Box<::plain_webhooks::__private::RawValue>,
    },
}
impl Event {
    /// The event type, e.g. `customer.customer_updated`.
    pub fn event_type(&self) -> &str {
        match self {
            Self::NoteCreated(_) => "note.note_created",
            Self::NoteDeleted(_) => "note.note_deleted",
            Self::ThreadEmailReceived(_) => "thread.email_received",
            Self::EmailEmailReceived(_) => "email.email_received",
            Self::GroupChanged(_) => "group.group_changed",
            Self::NoteArchived(_) => "note.note_archived",
            Self::Unknown { event_type, .. } => event_type,
        }
    }
}
impl ::core::cmp::PartialEq for Event {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::NoteCreated(a), Self::NoteCreated(b)) => a == b,
            (Self::NoteDeleted(a), Self::NoteDeleted(b)) => a == b,
            (Self::ThreadEmailReceived(a), Self::ThreadEmailReceived(b)) => a == b,
            (Self::EmailEmailReceived(a), Self::EmailEmailReceived(b)) => a == b,
            (Self::GroupChanged(a), Self::GroupChanged(b)) => a == b,
            (Self::NoteArchived(a), Self::NoteArchived(b)) => a.get() == b.get(),
            (
                Self::Unknown { event_type: a, payload: p },
                Self::Unknown { event_type: b, payload: q },
            ) => a == b && p.get() == q.get(),
            _ => false,
        }
    }
}
/// Serializes the payload alone (the `payload` of the request body).
impl ::plain_webhooks::__private::serde::Serialize for Event {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::NoteCreated(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::NoteDeleted(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::ThreadEmailReceived(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::EmailEmailReceived(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::GroupChanged(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::NoteArchived(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::Unknown { payload, .. } => {
                ::plain_webhooks::__private::serde::Serialize::serialize(
                    payload,
                    serializer,
                )
            }
        }
    }
}
/// The body of one webhook request.
#[derive(Clone, Debug, PartialEq)]
pub struct Webhook {
    /// `id` of the request body.
    pub id: Id,
    /// `timestamp` of the request body.
    pub timestamp: Datetime,
    /// `webhookMetadata` of the request body.
    pub webhook_metadata: WebhookMetadata,
    /// `workspaceId` of the request body.
    pub workspace_id: Id,
    /// The event: its type and typed payload.
    pub event: Event,
}
impl Webhook {
    /// The event type, e.g. `customer.customer_updated`.
    pub fn event_type(&self) -> &str {
        self.event.event_type()
    }
}
/// Serializes the request body as Plain sends it.
impl ::plain_webhooks::__private::serde::Serialize for Webhook {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::plain_webhooks::__private::serde::ser::SerializeStruct as _;
        let mut s = serializer.serialize_struct("Webhook", 6usize)?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("timestamp", &self.timestamp)?;
        s.serialize_field("webhookMetadata", &self.webhook_metadata)?;
        s.serialize_field("workspaceId", &self.workspace_id)?;
        s.serialize_field("type", self.event.event_type())?;
        s.serialize_field("payload", &self.event)?;
        s.end()
    }
}
#[derive(::plain_webhooks::__private::serde::Deserialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
struct __Envelope<'a, P> {
    #[serde(rename = "id")]
    id: Id,
    #[serde(rename = "timestamp")]
    timestamp: Datetime,
    #[serde(rename = "webhookMetadata")]
    webhook_metadata: WebhookMetadata,
    #[serde(rename = "workspaceId")]
    workspace_id: Id,
    #[serde(rename = "type", borrow)]
    event_type: ::std::borrow::Cow<'a, str>,
    payload: P,
}
impl<
    'a,
    P: ::plain_webhooks::__private::fast::Fast<'a>,
> ::plain_webhooks::__private::fast::Fast<'a> for __Envelope<'a, P> {
    fn fast(
        r: &mut ::plain_webhooks::__private::fast::Reader<'a>,
    ) -> ::core::option::Option<Self> {
        r.object()?;
        Self::__fields(r, true, ::core::option::Option::None)
    }
    fn fast_rest(
        r: &mut ::plain_webhooks::__private::fast::Reader<'a>,
        tag: &str,
    ) -> ::core::option::Option<Self> {
        Self::__fields(r, false, ::core::option::Option::Some(tag))
    }
}
impl<'a, P: ::plain_webhooks::__private::fast::Fast<'a>> __Envelope<'a, P> {
    #[inline]
    fn __fields(
        r: &mut ::plain_webhooks::__private::fast::Reader<'a>,
        mut first: bool,
        tag: ::core::option::Option<&str>,
    ) -> ::core::option::Option<Self> {
        let mut __f0: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f1: ::core::option::Option<Datetime> = ::core::option::Option::None;
        let mut __f2: ::core::option::Option<WebhookMetadata> = ::core::option::Option::None;
        let mut __f3: ::core::option::Option<Id> = ::core::option::Option::None;
        let mut __f4: ::core::option::Option<::std::borrow::Cow<'a, str>> = ::core::option::Option::None;
        let mut __f5: ::core::option::Option<P> = ::core::option::Option::None;
        while let ::core::option::Option::Some(key) = r.key(&mut first)? {
            if tag == ::core::option::Option::Some(key) {
                return ::core::option::Option::None;
            }
            match key {
                "id" => r.field(&mut __f0)?,
                "timestamp" => r.field(&mut __f1)?,
                "webhookMetadata" => r.field(&mut __f2)?,
                "workspaceId" => r.field(&mut __f3)?,
                "type" => r.field(&mut __f4)?,
                "payload" => r.field(&mut __f5)?,
                _ => r.skip()?,
            }
        }
        ::core::option::Option::Some(Self {
            id: __f0?,
            timestamp: __f1?,
            webhook_metadata: __f2?,
            workspace_id: __f3?,
            event_type: __f4?,
            payload: __f5?,
        })
    }
}
impl ::plain_webhooks::__private::Events for Event {
    fn deserialize_payload<
        'de,
        D: ::plain_webhooks::__private::serde::Deserializer<'de>,
    >(event_type: &str, deserializer: D) -> ::core::result::Result<Self, D::Error> {
        ::core::result::Result::Ok(
            match event_type {
                "note.note_created" => {
                    Event::NoteCreated(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "note.note_deleted" => {
                    Event::NoteDeleted(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "thread.email_received" => {
                    Event::ThreadEmailReceived(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "email.email_received" => {
                    Event::EmailEmailReceived(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "group.group_changed" => {
                    Event::GroupChanged(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                "note.note_archived" => {
                    Event::NoteArchived(
                        ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    )
                }
                _ => {
                    Event::Unknown {
                        event_type: ::std::borrow::ToOwned::to_owned(event_type),
                        payload: ::plain_webhooks::__private::serde::Deserialize::deserialize(
                            deserializer,
                        )?,
                    }
                }
            },
        )
    }
    fn fast_payload<'a>(
        event_type: &str,
        r: &mut ::plain_webhooks::__private::fast::Reader<'a>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            match event_type {
                "note.note_created" => {
                    Event::NoteCreated(::plain_webhooks::__private::fast::Fast::fast(r)?)
                }
                "note.note_deleted" => {
                    Event::NoteDeleted(::plain_webhooks::__private::fast::Fast::fast(r)?)
                }
                "thread.email_received" => {
                    Event::ThreadEmailReceived(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "email.email_received" => {
                    Event::EmailEmailReceived(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "group.group_changed" => {
                    Event::GroupChanged(
                        ::plain_webhooks::__private::fast::Fast::fast(r)?,
                    )
                }
                "note.note_archived" => Event::NoteArchived(r.serde()?),
                _ => {
                    Event::Unknown {
                        event_type: ::std::borrow::ToOwned::to_owned(event_type),
                        payload: r.serde()?,
                    }
                }
            },
        )
    }
}
/// Parses a request body, requiring the webhook target version to be
/// [`SCHEMA_VERSION`] (as Plain's own SDK does).
///
/// The event `type` decides the payload's type; the payload is parsed
/// once, straight into it.
pub fn parse(body: &[u8]) -> ::core::result::Result<Webhook, ::plain_webhooks::Error> {
    parse_with(body, ::plain_webhooks::VersionPolicy::Exact)
}
/// Parses a request body under the given version policy.
pub fn parse_with(
    body: &[u8],
    policy: ::plain_webhooks::VersionPolicy,
) -> ::core::result::Result<Webhook, ::plain_webhooks::Error> {
    if let ::core::option::Option::Some((envelope, guess)) = ::plain_webhooks::__private::parse_guessed::<
        __Envelope<'_, ::plain_webhooks::__private::Guessed<Event>>,
    >(body, EVENT_TYPES) {
        if envelope.event_type == guess {
            ::plain_webhooks::__private::check_version(
                policy,
                SCHEMA_VERSION,
                envelope.webhook_metadata.webhook_target_version.as_deref(),
                guess,
            )?;
            return ::core::result::Result::Ok(Webhook {
                id: envelope.id,
                timestamp: envelope.timestamp,
                webhook_metadata: envelope.webhook_metadata,
                workspace_id: envelope.workspace_id,
                event: envelope.payload.0,
            });
        }
    }
    let envelope: __Envelope<'_, &::plain_webhooks::__private::RawValue> = ::plain_webhooks::__private::parse_envelope(
        body,
    )?;
    let event_type: &str = &envelope.event_type;
    ::plain_webhooks::__private::check_version(
        policy,
        SCHEMA_VERSION,
        envelope.webhook_metadata.webhook_target_version.as_deref(),
        event_type,
    )?;
    let raw = envelope.payload;
    let event = match event_type {
        "note.note_created" => {
            Event::NoteCreated(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "note.note_deleted" => {
            Event::NoteDeleted(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "thread.email_received" => {
            Event::ThreadEmailReceived(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "email.email_received" => {
            Event::EmailEmailReceived(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "group.group_changed" => {
            Event::GroupChanged(
                ::plain_webhooks::__private::parse_payload(event_type, raw)?,
            )
        }
        "note.note_archived" => {
            Event::NoteArchived(::std::borrow::ToOwned::to_owned(raw))
        }
        _ => {
            Event::Unknown {
                event_type: ::std::borrow::ToOwned::to_owned(event_type),
                payload: ::std::borrow::ToOwned::to_owned(raw),
            }
        }
    };
    ::core::result::Result::Ok(Webhook {
        id: envelope.id,
        timestamp: envelope.timestamp,
        webhook_metadata: envelope.webhook_metadata,
        workspace_id: envelope.workspace_id,
        event,
    })
}
/// The envelope of a delivery: event id, timestamps, delivery
/// attempt, webhook target, raw body.
pub use ::plain_webhooks::Context;
/// Implement the methods for the events you care about; each has a
/// default that ignores its event. Handlers run on any thread
/// (`Send` futures) and may keep state behind `&self`.
pub trait Handler: ::core::marker::Send + ::core::marker::Sync {
    /// The error your methods return; [`handle`] answers 500 with
    /// it, so that Plain retries.
    type Error: ::core::marker::Send;
    /// Receives `note.note_created` events, with [`NoteCreatedPayload`].
    ///
    /// The schema says: "A note was created."
    ///
    /// The default ignores the event.
    fn on_note_created(
        &self,
        ctx: &Context,
        event: NoteCreatedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `note.note_deleted` events, with [`NoteDeletedPayload`].
    ///
    /// The default ignores the event.
    fn on_note_deleted(
        &self,
        ctx: &Context,
        event: NoteDeletedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.email_received` events, with [`ThreadEmailReceivedPayload`].
    ///
    /// The schema says: "An email reached a thread."
    ///
    /// The default ignores the event.
    fn on_thread_email_received(
        &self,
        ctx: &Context,
        event: ThreadEmailReceivedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `email.email_received` events, with [`EmailReceivedPayload`].
    ///
    /// The schema says: "An email arrived (its suffix collides with thread.email_received)."
    ///
    /// The default ignores the event.
    fn on_email_email_received(
        &self,
        ctx: &Context,
        event: EmailReceivedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `group.group_changed` events, with [`GroupChangedPayload`].
    ///
    /// The schema says: "A group was added, updated or removed."
    ///
    /// The default ignores the event.
    fn on_group_changed(
        &self,
        ctx: &Context,
        event: GroupChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `note.note_archived` events, with the raw JSON payload (the schema defines none).
    ///
    /// The default ignores the event.
    #[allow(clippy::boxed_local)]
    fn on_note_archived(
        &self,
        ctx: &Context,
        event: ::std::boxed::Box<::plain_webhooks::__private::RawValue>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = event;
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives events of a type this schema does not list (Plain
    /// adds event types); the default ignores them.
    #[allow(clippy::boxed_local)]
    fn on_unknown(
        &self,
        ctx: &Context,
        event_type: ::std::string::String,
        payload: ::std::boxed::Box<::plain_webhooks::__private::RawValue>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        ctx.mark_ignored();
        let _ = (event_type, payload);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
}
/// A shared handler handles events too, so that one can be borrowed
/// by [`handle`] and [`Receiver`].
impl<H: Handler + ?::core::marker::Sized> Handler for &H {
    type Error = H::Error;
    fn on_note_created(
        &self,
        ctx: &Context,
        event: NoteCreatedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_note_created(ctx, event)
    }
    fn on_note_deleted(
        &self,
        ctx: &Context,
        event: NoteDeletedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_note_deleted(ctx, event)
    }
    fn on_thread_email_received(
        &self,
        ctx: &Context,
        event: ThreadEmailReceivedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_thread_email_received(ctx, event)
    }
    fn on_email_email_received(
        &self,
        ctx: &Context,
        event: EmailReceivedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_email_email_received(ctx, event)
    }
    fn on_group_changed(
        &self,
        ctx: &Context,
        event: GroupChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_group_changed(ctx, event)
    }
    #[allow(clippy::boxed_local)]
    fn on_note_archived(
        &self,
        ctx: &Context,
        event: ::std::boxed::Box<::plain_webhooks::__private::RawValue>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_note_archived(ctx, event)
    }
    #[allow(clippy::boxed_local)]
    fn on_unknown(
        &self,
        ctx: &Context,
        event_type: ::std::string::String,
        payload: ::std::boxed::Box<::plain_webhooks::__private::RawValue>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        (**self).on_unknown(ctx, event_type, payload)
    }
}
/// A [`Handler`] made ready for a web framework: it implements
/// [`Receive`](::plain_webhooks::Receive), which the integrations (such as
/// `plain_webhooks::axum`) take. Build it with [`receiver`].
#[derive(Clone, Debug, Default)]
pub struct Receiver<H>(pub H);
/// Wraps `handler` for a web-framework integration, e.g.
/// `plain_webhooks::axum::router(plain::receiver(handler), secret)`.
pub fn receiver<H: Handler>(handler: H) -> Receiver<H> {
    Receiver(handler)
}
impl<H: Handler> ::plain_webhooks::Receive for Receiver<H> {
    type Webhook = Webhook;
    type Error = H::Error;
    fn parse(
        &self,
        body: &[u8],
        policy: ::plain_webhooks::VersionPolicy,
    ) -> ::core::result::Result<Webhook, ::plain_webhooks::Error> {
        parse_with(body, policy)
    }
    type Event = Event;
    fn split(
        &self,
        webhook: Webhook,
        body: ::plain_webhooks::Bytes,
    ) -> (Context, Event) {
        let (mut ctx, event) = webhook.into_parts();
        ctx.body = body;
        (ctx, event)
    }
    fn dispatch<'a>(
        &'a self,
        ctx: &'a Context,
        event: Event,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<::plain_webhooks::Dispatched, H::Error>,
    > + ::core::marker::Send + 'a {
        __dispatch_event(&self.0, ctx, event)
    }
}
impl Webhook {
    /// The envelope as a [`Context`] (its `body` empty) and the
    /// event: what [`dispatch`] hands the handler. The envelope's
    /// strings are moved, not copied.
    pub fn into_parts(self) -> (Context, Event) {
        #[allow(unused_imports)]
        use ::plain_webhooks::__private::envelope::{Moved as _, Written as _};
        let mut ctx = Context::default();
        ctx.event_type = ::std::borrow::ToOwned::to_owned(self.event.event_type());
        ctx.event_id = (&::plain_webhooks::__private::envelope::Take::new(self.id))
            .text()
            .unwrap_or_default();
        ctx.timestamp = (&::plain_webhooks::__private::envelope::Take::new(
            self.timestamp,
        ))
            .text()
            .unwrap_or_default();
        ctx.workspace_id = (&::plain_webhooks::__private::envelope::Take::new(
            self.workspace_id,
        ))
            .text()
            .unwrap_or_default();
        let m = self.webhook_metadata;
        ctx.webhook_target_id = (&::plain_webhooks::__private::envelope::Take::new(
            m.webhook_target_id,
        ))
            .text();
        ctx.webhook_target_version = m
            .webhook_target_version
            .and_then(|v| (&::plain_webhooks::__private::envelope::Take::new(v)).text());
        ctx.delivery_attempt_id = (&::plain_webhooks::__private::envelope::Take::new(
            m.webhook_delivery_attempt_id,
        ))
            .text();
        ctx.delivery_attempt_number = ::plain_webhooks::__private::envelope::number(
            &m.webhook_delivery_attempt_number,
        );
        ctx.delivery_attempt_timestamp = (&::plain_webhooks::__private::envelope::Take::new(
            m.webhook_delivery_attempt_timestamp,
        ))
            .text();
        (ctx, self.event)
    }
}
async fn __dispatch_event<H: Handler>(
    handler: &H,
    ctx: &Context,
    event: Event,
) -> ::core::result::Result<::plain_webhooks::Dispatched, H::Error> {
    match event {
        Event::NoteCreated(e) => handler.on_note_created(ctx, *e).await,
        Event::NoteDeleted(e) => handler.on_note_deleted(ctx, *e).await,
        Event::ThreadEmailReceived(e) => handler.on_thread_email_received(ctx, *e).await,
        Event::EmailEmailReceived(e) => handler.on_email_email_received(ctx, *e).await,
        Event::GroupChanged(e) => handler.on_group_changed(ctx, *e).await,
        Event::NoteArchived(e) => handler.on_note_archived(ctx, e).await,
        Event::Unknown { event_type, payload } => {
            handler.on_unknown(ctx, event_type, payload).await
        }
    }?;
    ::core::result::Result::Ok(
        if ctx.is_ignored() {
            ::plain_webhooks::Dispatched::Ignored
        } else {
            ::plain_webhooks::Dispatched::Handled
        },
    )
}
/// Calls the handler method for the webhook's event, and says
/// whether one of yours ran or the default ignored it.
pub fn dispatch<'a, H: Handler>(
    handler: &'a H,
    webhook: Webhook,
) -> impl ::core::future::Future<
    Output = ::core::result::Result<::plain_webhooks::Dispatched, H::Error>,
> + ::core::marker::Send + 'a {
    async move {
        let (ctx, event) = webhook.into_parts();
        __dispatch_event(handler, &ctx, event).await
    }
}
/// Verifies the signature (and the delivery timestamp), parses and
/// dispatches; the outcome says what to answer Plain
/// ([`Outcome::status`](::plain_webhooks::Outcome::status)).
///
/// `secret` is the signing secret's bytes or, better, a
/// [`SigningKey`](::plain_webhooks::SigningKey) built once, which saves hashing the
/// secret on every call. The body becomes the handler's
/// `Context::body`: pass the `Bytes` or `Vec<u8>` you received to keep
/// it without a copy.
pub fn handle<
    'a,
    H: Handler,
    S: ::plain_webhooks::Secret + ::core::marker::Sync + ?::core::marker::Sized,
>(
    handler: &'a H,
    body: impl ::plain_webhooks::IntoBody,
    signature: &'a str,
    secret: &'a S,
    options: &'a ::plain_webhooks::HandleOptions,
) -> impl ::core::future::Future<
    Output = ::plain_webhooks::Outcome<H::Error>,
> + ::core::marker::Send + 'a {
    let delivery = __delivery(body, signature);
    async move {
        let secrets = [secret];
        ::plain_webhooks::receive(
                &Receiver(handler),
                delivery,
                &secrets,
                options,
                |_| {},
            )
            .await
    }
}
/// [`handle`] with several secrets (rotation): a signature made with
/// any of them is accepted.
pub fn handle_any<'a, H: Handler, K: ::plain_webhooks::Secret + ::core::marker::Sync>(
    handler: &'a H,
    body: impl ::plain_webhooks::IntoBody,
    signature: &'a str,
    secrets: &'a [K],
    options: &'a ::plain_webhooks::HandleOptions,
) -> impl ::core::future::Future<
    Output = ::plain_webhooks::Outcome<H::Error>,
> + ::core::marker::Send + 'a {
    let delivery = __delivery(body, signature);
    async move {
        ::plain_webhooks::receive(&Receiver(handler), delivery, secrets, options, |_| {})
            .await
    }
}
fn __delivery(
    body: impl ::plain_webhooks::IntoBody,
    signature: &str,
) -> ::plain_webhooks::Delivery<'_> {
    ::plain_webhooks::Delivery {
        body: ::plain_webhooks::IntoBody::into_body(body),
        signature: ::core::option::Option::Some(signature),
        event_id: ::core::option::Option::None,
        event_type: ::core::option::Option::None,
    }
}
