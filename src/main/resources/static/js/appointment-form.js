/*
 * The appointment page (appointments/edit): the service list shows only services of the chosen kind (a ride's booked
 * transport, or the other booked services), and choosing a service or a provider fills in its address (a ride's
 * pickup address, a provider's name) unless the coordinator typed one of their own. Without the script every service
 * is listed and the server fills in the address when it is left empty.
 */
(function () {
  'use strict';

  var form = document.getElementById('appointment-form');
  if (!form) return;
  var service = document.getElementById('referralId');
  var provider = document.getElementById('providerId');
  var place = document.getElementById('place');
  var filledIn = place.value;

  function chosenKind() {
    var checked = form.querySelector('input[name="kind"]:checked');
    return checked ? checked.value : null;
  }

  function fillIn(text) {
    if (!text) return;
    if (place.value.trim() === '' || place.value === filledIn) {
      place.value = text;
      filledIn = text;
    }
  }

  function showServicesOfKind() {
    var kind = chosenKind();
    Array.prototype.forEach.call(service.options, function (option) {
      var other = option.value !== '' && kind !== null && option.getAttribute('data-kind') !== kind;
      option.hidden = other;
      option.disabled = other;
      if (other && option.selected) service.value = '';
    });
  }

  service.addEventListener('change', function () {
    var option = service.options[service.selectedIndex];
    if (!option || option.value === '') return;
    provider.value = option.getAttribute('data-provider');
    fillIn(option.getAttribute('data-place'));
  });
  provider.addEventListener('change', function () {
    var option = provider.options[provider.selectedIndex];
    if (option && option.value !== '' && service.value === '') fillIn(option.getAttribute('data-place'));
  });
  Array.prototype.forEach.call(form.querySelectorAll('input[name="kind"]'), function (radio) {
    radio.addEventListener('change', showServicesOfKind);
  });
  showServicesOfKind();
})();
